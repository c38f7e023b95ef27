package quire.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.Documents;
import quire.pipeline.route.PagePlan;
import quire.pipeline.route.PageRouter;
import quire.pipeline.route.PlanOptions;
import quire.pipeline.route.RoutedRegion;

/** {@code quire route FILE [--json] [--pages R]}: regions per page, their kind, route and reason, token budget. */
@Command(name = "route", description = "Show the router's plan per page: regions, kind, route, reason, token budget.")
final class RouteCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RouteCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "PDF or image")
    Path file;

    @Option(names = "--json", description = "Print {\"file\",\"pages\":[{\"page\",\"regions\",\"token_budget\"}]}.")
    boolean json;

    @Option(names = "--pages", paramLabel = "R", description = "Pages, e.g. 1-3,7 (default all).")
    String pages;

    @Option(names = "--no-router", description = "Plan the page whole through default processing.")
    boolean noRouter;

    @Option(names = "--no-slicer", description = "Visual regions get the default grid, not the slicer's.")
    boolean noSlicer;

    @Option(names = "--no-merge", description = "No visual token merging.")
    boolean noMerge;

    @Override
    public Integer call() throws Exception {
        PlanOptions options = PlanOptions.DEFAULT.withRouter(!noRouter).withSlicer(!noSlicer).withMerge(!noMerge);
        PageRouter router = new PageRouter(options);
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        ArrayNode pageNodes = root.putArray("pages");
        try (Document doc = Documents.open(file)) {
            List<Integer> selected = PageRanges.parse(pages, doc.pageCount());
            for (int p : selected) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("route cancelled");
                }
                try {
                    PagePlan plan = router.plan(doc, p);
                    pageNodes.add(pageNode(mapper, plan));
                    if (!json) {
                        printText(out, plan);
                    }
                } catch (DocumentException | RuntimeException e) {
                    // one bad page never fails the document
                    LOG.warn("page {}: cannot route: {}", p, e.getMessage());
                    LOG.debug("page {} failure", p, e);
                    ObjectNode failed = pageNodes.addObject();
                    failed.put("page", p);
                    failed.putArray("regions");
                    failed.put("error", String.valueOf(e.getMessage()));
                    if (!json) {
                        out.printf("page %d: cannot route (%s)%n", p, e.getMessage());
                    }
                }
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(root));
        }
        out.flush();
        return ExitCode.OK;
    }

    static ObjectNode pageNode(ObjectMapper mapper, PagePlan plan) {
        ObjectNode page = mapper.createObjectNode();
        page.put("page", plan.page());
        ArrayNode regions = page.putArray("regions");
        for (RoutedRegion r : plan.regions()) {
            ObjectNode n = regions.addObject();
            ArrayNode box = n.putArray("bbox");
            for (double v : r.bbox().toArray()) {
                box.add(v);
            }
            n.put("kind", r.route().kind().label());
            n.put("route", r.route().route().label());
            n.put("reason", r.route().reason());
            n.put("tokens", r.tokens());
        }
        ObjectNode budget = page.putObject("token_budget");
        budget.put("default", plan.defaultTokens());
        budget.put("planned", plan.plannedTokens());
        return page;
    }

    private static void printText(PrintWriter out, PagePlan plan) {
        out.printf(Locale.ROOT, "page %d: %d regions, tokens default %d planned %d (%.2f)%n", plan.page(),
                plan.regions().size(), plan.defaultTokens(), plan.plannedTokens(), plan.ratio());
        for (RoutedRegion r : plan.regions()) {
            double[] b = r.bbox().toArray();
            out.printf(Locale.ROOT, "  [%.0f %.0f %.0f %.0f] %-7s -> %-12s %5d tok  %s%n", b[0], b[1], b[2], b[3],
                    r.route().kind().label(), r.route().route().label(), r.tokens(), r.route().reason());
        }
    }
}
