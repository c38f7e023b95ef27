package quire.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskJson;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.AskResult;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.Evidence;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.route.PlanOptions;

/**
 * {@code quire ask FILE... "QUESTION"}: an answer with evidence over one or more documents or folders. Without
 * {@code --model} the extractive engine answers; with it, the multimodal model looks at one file ({@link MllmAnswer}). An empty question is a usage error; a one-word question is
 * answered as well as it can be (the best matching sentence).
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answers a question about one or more documents (or folders of PDFs), with evidence.")
public final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "FILE... QUESTION",
            description = "Documents or folders, then the question (quote it).")
    List<String> args = new ArrayList<>();

    @Option(names = "--model", paramLabel = "ID|DIR", description = "Answer with this multimodal model.")
    String model;

    @Option(names = "--precision", paramLabel = "P",
            description = "With --model: fp32, q8 or q4 (default: q8, else fp32, else q4).")
    String precision;

    @Option(names = "--max-tokens", paramLabel = "N", description = "With --model: most answer tokens (default ${DEFAULT-VALUE}).")
    int maxTokens = 256;

    @Option(names = "--no-router", description = "With --model: send page 1 whole through default processing.")
    boolean noRouter;

    @Option(names = "--no-slicer", description = "With --model: visual regions on the default grid, not the slicer's.")
    boolean noSlicer;

    @Option(names = "--no-merge", description = "With --model: no visual token merging.")
    boolean noMerge;

    @Option(names = "--json", description = "Print cli.md's ask JSON.")
    boolean json;

    @Option(names = "--no-embeddings", description = "Keyword retrieval only (no dense embeddings).")
    boolean noEmbeddings;

    @Option(names = "--no-ocr", description = "Do not OCR pages without a usable text layer.")
    boolean noOcr;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        String question = args.get(args.size() - 1).strip();
        if (question.isEmpty()) {
            throw new UsageException("the question is empty: quire ask FILE... \"QUESTION\"");
        }
        List<Path> files = args.subList(0, args.size() - 1).stream().map(Path::of).toList();
        if (model != null) {
            if (files.size() != 1) {
                throw new UsageException("--model answers about one image or PDF at a time; give one FILE");
            }
            PlanOptions plan = noRouter ? null : PlanOptions.DEFAULT.withSlicer(!noSlicer).withMerge(!noMerge);
            return MllmAnswer.run(spec.commandLine().getOut(), files.get(0), question, model, precision, maxTokens,
                    json, plan);
        }
        AskOptions options = AskOptions.defaults().withDense(!noEmbeddings).withOcr(!noOcr);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AskJob job = new AskJob(options); Corpus corpus = job.open(files, IndexStore.Progress.NONE)) {
            AskResult result = job.ask(corpus, question);
            result.failures().forEach(f -> err.println("quire: " + f.message()));
            result.notes().forEach(n -> err.println("quire: note: " + n));
            if (json) {
                AskJson.write(result, out);
            } else {
                printText(result, out, err);
            }
        }
        err.flush();
        return ExitCode.OK;
    }

    private static void printText(AskResult result, PrintWriter out, PrintWriter err) {
        if (!result.answer().found()) {
            err.println("quire: no answer found in the documents");
            return;
        }
        out.println(result.answer().text());
        out.flush();
        for (Evidence e : result.answer().evidence()) {
            double[] b = e.bbox().toArray();
            err.printf("  evidence: %s page %d [%.1f, %.1f, %.1f, %.1f] %s%n", e.file(), e.page(), b[0], b[1], b[2],
                    b[3], e.text());
        }
    }
}
