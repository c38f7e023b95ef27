package quire.pipeline.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quire.pipeline.document.Document;
import quire.pipeline.document.Documents;

/** The router on real PDFBox documents: a generated three-page PDF, and page 1 of every docs-dev PDF. */
class PageRouterIT {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    static Path dir;
    static Path pdf;

    /** Page 1: a paragraph, a vector bar chart, a photo. Page 2: blank. Page 3: a scanned paragraph (image only). */
    @BeforeAll
    static void writePdf() throws IOException {
        pdf = dir.resolve("mixed.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p1 = new PDPage(PDRectangle.A4);
            doc.addPage(p1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                for (int i = 0; i < 8; i++) {
                    text(cs, "Quarterly results improved across every region we serve, line " + i, 72, 780 - i * 14, 11);
                }
                cs.moveTo(90, 500);
                cs.lineTo(400, 500);
                cs.stroke();
                float[] heights = {80, 120, 60, 150};
                for (int i = 0; i < heights.length; i++) {
                    cs.setNonStrokingColor(new Color(40, 110, 200));
                    cs.addRect(110 + i * 70, 500, 40, heights[i]);
                    cs.fill();
                    cs.setNonStrokingColor(Color.BLACK);
                    text(cs, String.valueOf(2020 + i), 115 + i * 70, 488, 9);
                }
                PDImageXObject photo = LosslessFactory.createFromImage(doc, photo());
                cs.drawImage(photo, 150, 80, 300, 200);
            }
            doc.addPage(new PDPage(PDRectangle.A4));
            PDPage p3 = new PDPage(PDRectangle.A4);
            doc.addPage(p3);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p3)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, scan()), 0, 0, 595, 842);
            }
            // pages 4 and 5: the 300 x 200 photo drawn large (40 dpi); on page 5 with a vector arrow over it
            for (boolean arrow : new boolean[] {false, true}) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, photo()), 30, 300, 540, 360);
                    if (arrow) {
                        cs.setLineWidth(3);
                        cs.moveTo(200, 450);
                        cs.lineTo(300, 520);
                        cs.stroke();
                    }
                }
            }
            doc.save(pdf.toFile());
        }
    }

    @Test
    void mixedPageGetsTextLayerChartExpertAndVisualRoutes() throws Exception {
        try (Document doc = Documents.open(pdf)) {
            PagePlan plan = new PageRouter(PlanOptions.DEFAULT).plan(doc, 1);
            assertThat(routes(plan)).contains(RouteKind.TEXT_LAYER, RouteKind.CHART_EXPERT, RouteKind.VISUAL);
            RoutedRegion text = first(plan, RouteKind.TEXT_LAYER);
            assertThat(text.bbox().y0()).isLessThan(80);
            assertThat(text.text()).contains("Quarterly results");
            RoutedRegion chart = first(plan, RouteKind.CHART_EXPERT);
            assertThat(chart.route().kind()).isEqualTo(RegionKind.CHART);
            RoutedRegion photo = first(plan, RouteKind.VISUAL);
            // the image is drawn at y 80..280 in PDF space: displayed 562..762
            assertThat(photo.bbox().y0()).isGreaterThan(540);
            assertThat(plan.defaultTokens()).isEqualTo(863);
            assertThat(plan.plannedTokens()).isPositive().isLessThan(plan.defaultTokens());
        }
    }

    @Test
    void promptPlanCarriesTheTextAndTheVisualRegions() throws Exception {
        try (Document doc = Documents.open(pdf)) {
            PageRouter router = new PageRouter(PlanOptions.DEFAULT);
            PromptPlan plan = PromptPlan.of(router.plan(doc, 1), PlanOptions.DEFAULT, router);
            assertThat(plan.promptText()).contains("Quarterly results improved", "line 7");
            assertThat(plan.texts()).anySatisfy(t -> assertThat(t.route()).isEqualTo(RouteKind.CHART_EXPERT));
            assertThat(plan.visuals()).singleElement().satisfies(v -> assertThat(v.grid().tiles()).isLessThan(4));
            assertThat(plan.mergeRatio()).isEqualTo(0.5);
            PlanOptions off = PlanOptions.DEFAULT.withRouter(false).withMerge(false);
            PageRouter plain = new PageRouter(off);
            PromptPlan whole = PromptPlan.of(plain.plan(doc, 1), off, plain);
            assertThat(whole.texts()).isEmpty();
            // A4 under default processing: 4 rows x 3 columns
            assertThat(whole.visuals()).singleElement().satisfies(v -> assertThat(v.grid().tiles()).isEqualTo(12));
            assertThat(whole.mergeRatio()).isZero();
        }
    }

    @Test
    void blankPageIsSkippedAndCostsNothing() throws Exception {
        try (Document doc = Documents.open(pdf)) {
            PagePlan plan = new PageRouter(PlanOptions.DEFAULT).plan(doc, 2);
            assertThat(plan.regions()).singleElement().satisfies(r -> {
                assertThat(r.route().kind()).isEqualTo(RegionKind.BLANK);
                assertThat(r.route().route()).isEqualTo(RouteKind.SKIP);
            });
            assertThat(plan.plannedTokens()).isZero();
        }
    }

    @Test
    void scannedTextGoesToOcr() throws Exception {
        try (Document doc = Documents.open(pdf)) {
            PagePlan plan = new PageRouter(PlanOptions.DEFAULT).plan(doc, 3);
            assertThat(routes(plan)).containsOnly(RouteKind.OCR);
            // the router's estimate of the OCR text is within a quarter of the text drawn (at 4 characters a token)
            double drawnTokens = java.util.stream.IntStream.range(0, 30).map(i -> scanLine(i).length() + 1).sum() / 4.0;
            assertThat(plan.regions()).singleElement().satisfies(r ->
                    assertThat((double) r.tokens()).isBetween(0.75 * drawnTokens, 1.25 * drawnTokens));
        }
    }

    @Test
    void switchesChangeThePlan() throws Exception {
        try (Document doc = Documents.open(pdf)) {
            PagePlan full = new PageRouter(PlanOptions.DEFAULT).plan(doc, 1);
            PagePlan noRouter = new PageRouter(PlanOptions.DEFAULT.withRouter(false)).plan(doc, 1);
            PagePlan noMerge = new PageRouter(PlanOptions.DEFAULT.withMerge(false)).plan(doc, 1);
            PagePlan noSlicer = new PageRouter(PlanOptions.DEFAULT.withSlicer(false)).plan(doc, 1);
            assertThat(noRouter.plannedTokens()).isEqualTo(noRouter.defaultTokens());
            assertThat(noMerge.plannedTokens()).isGreaterThan(full.plannedTokens());
            assertThat(noSlicer.plannedTokens()).isGreaterThan(full.plannedTokens());
        }
    }

    @Test
    void lowResolutionPictureIsSampledAtItsOwnPixels() throws Exception {
        try (Document doc = Documents.open(pdf)) {
            PageRouter router = new PageRouter(PlanOptions.DEFAULT);
            RoutedRegion own = first(router.plan(doc, 4), RouteKind.VISUAL);
            RoutedRegion drawnOver = first(router.plan(doc, 5), RouteKind.VISUAL);
            // 300 x 200 pixels fit one tile; at 144 dpi the region would be 1080 x 720 pixels (three tiles + global)
            assertThat(own.grid().isSingle()).isTrue();
            assertThat(own.route().reason()).contains("own 40 dpi");
            assertThat(drawnOver.grid().tiles()).isGreaterThan(1);
            assertThat(drawnOver.route().reason()).doesNotContain("own");
            assertThat(own.tokens()).isLessThan(drawnOver.tokens());
            // one tile holds 4.4 pixels of tile per pixel of the picture: the merger takes its most
            assertThat(own.mergeRatio()).isEqualTo(PlanOptions.MAX_MERGE);
        }
    }

    /** A spread of docs-dev (born-digital, scans, forms, charts, tiny pages); bench/route runs all of them. */
    static Stream<Path> docsDev() {
        Path root = Path.of(System.getProperty("quire.shared", "../shared"), "data", "docs-dev");
        if (!Files.isDirectory(root)) {
            return Stream.of(Path.of("(absent)"));
        }
        return Stream.of("docling_tests/ocr/sources/ocr_test.pdf", "docling_tests/pdf/sources/2305.03393v1-pg9.pdf",
                "docling_tests/pdf/sources/amt_handbook_sample.pdf",
                "docling_tests/pdf/sources/picture_classification.pdf", "docling_tests/pdf/sources/skipped_1page.pdf",
                "ocrmypdf_scanned/linn.pdf", "ocrmypdf_scanned/graph.pdf", "pdfjs_selected/160F-2019.pdf",
                "pdfjs_selected/tracemonkey.pdf").map(root::resolve);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docsDev")
    void everyDocsDevFirstPageIsExplained(Path file) throws Exception {
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the docs-dev PDFs");
        try (Document doc = Documents.open(file)) {
            PagePlan plan = new PageRouter(PlanOptions.DEFAULT).plan(doc, 1);
            assertThat(plan.regions()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.route().reason()).isNotBlank();
                assertThat(r.bbox().x0()).isGreaterThanOrEqualTo(0);
                assertThat(r.bbox().x1()).isLessThanOrEqualTo(plan.width() + 0.01);
                assertThat(r.bbox().y1()).isLessThanOrEqualTo(plan.height() + 0.01);
                assertThat(r.tokens()).isNotNegative();
            });
            assertThat(plan.defaultTokens()).isPositive();
            // every text-layer word lies in a region that sends it as text
            long lost = doc.textLayer(1).words().stream().filter(w -> plan.regions().stream().noneMatch(r ->
                    r.route().route() != RouteKind.VISUAL && r.route().route() != RouteKind.SKIP
                            && r.bbox().intersectionArea(w.bbox()) > 0)).count();
            assertThat(lost).isLessThanOrEqualTo(doc.textLayer(1).words().size() / 50);
        }
    }

    private static List<RouteKind> routes(PagePlan plan) {
        return plan.regions().stream().map(r -> r.route().route()).toList();
    }

    private static RoutedRegion first(PagePlan plan, RouteKind kind) {
        return plan.regions().stream().filter(r -> r.route().route() == kind).findFirst().orElseThrow();
    }

    private static void text(PDPageContentStream cs, String s, float x, float y, float size) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static BufferedImage photo() {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random rnd = new Random(3);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                int v = (int) Math.max(0, Math.min(255, 60 + x * 0.4 + y * 0.3 + rnd.nextGaussian() * 12));
                img.setRGB(x, y, new Color(v, Math.max(0, v - 30), Math.min(255, v + 20)).getRGB());
            }
        }
        return img;
    }

    private static String scanLine(int i) {
        return "A scanned letter with several lines of ordinary typed text, row " + i;
    }

    private static BufferedImage scan() {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 26));
        for (int i = 0; i < 30; i++) {
            g.drawString(scanLine(i), 120, 200 + i * 40);
        }
        g.dispose();
        return img;
    }
}
