package quire.pipeline.route;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.models.ModelException;
import quire.ocr.OcrEngine;
import quire.ocr.OcrException;
import quire.ocr.text.BBox;
import quire.ocr.text.Line;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.ocr.text.Word;
import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.TableCsv;
import quire.pipeline.chart.engine.ChartToTable;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.PixelRegion;
import quire.pipeline.document.RenderOptions;

/**
 * Runs the experts the router called on their regions and fills the plan's pending text parts: the OCR agent reads
 * OCR regions; chart-expert regions get the table of the shared chart engine ({@link ChartToTable}: vector engine
 * for vector charts, raster expert for pictures) as compact CSV, or the OCR agent's reading of their labels and
 * numbers when no table comes out. Text-layer parts get their words attached. The page is rendered once, in grey,
 * at the OCR resolution, and only when some part needs the OCR agent.
 */
public final class PlanExperts {

    /** The OCR agent reads at this resolution (algorithms.md: Tika renders 300 dpi grey). */
    private static final float OCR_DPI = 300;
    /** Opens a chart table in the prompt. */
    static final String CHART_HEADER = "Chart table:\n";

    private PlanExperts() {
    }

    /** Fills the plan with OCR only (chart regions read by the OCR agent). */
    public static PromptPlan fill(PromptPlan plan, Document doc, OcrEngine ocr)
            throws DocumentException, ModelException, OcrException {
        return fill(plan, doc, ocr, null);
    }

    /**
     * @param charts the chart engine for chart-expert regions; null: they are read by the OCR agent
     */
    public static PromptPlan fill(PromptPlan plan, Document doc, OcrEngine ocr, ChartToTable charts)
            throws DocumentException, ModelException, OcrException {
        PageText layer = doc.textLayer(plan.page());
        BufferedImage page = null;
        double pxPerPoint = 0;
        List<PromptPlan.TextPart> filled = new ArrayList<>();
        for (PromptPlan.TextPart t : plan.texts()) {
            if (!t.pending()) {
                filled.add(t.lines().isEmpty() ? new PromptPlan.TextPart(t.bbox(), t.route(), t.text(),
                        linesInside(layer, t.bbox())) : t);
                continue;
            }
            if (t.route() == RouteKind.CHART_EXPERT && charts != null) {
                Optional<ChartTable> table = charts.read(doc, plan.page(), t.bbox(), null);
                if (table.isPresent() && !table.get().table().isEmpty()) {
                    filled.add(new PromptPlan.TextPart(t.bbox(), RouteKind.TEXT_LAYER, chartText(table.get()),
                            chartLines(table.get())));
                    continue;
                }
            }
            if (page == null) {
                page = doc.render(plan.page(), RenderOptions.gray(OCR_DPI).withDownscale(true));
                pxPerPoint = page.getWidth() / doc.geometry(plan.page()).width();
            }
            Optional<BufferedImage> crop = PixelRegion.crop(page, t.bbox(), pxPerPoint, 8);
            List<Line> lines = List.of();
            if (crop.isPresent()) {
                lines = ocr.read(crop.get(), plan.page(), 1 / pxPerPoint).lines();
            }
            String text = lines.stream().map(Line::text).reduce((a, b) -> a + "\n" + b).orElse("");
            // the expert has run: the part is text now, whatever it found
            filled.add(new PromptPlan.TextPart(t.bbox(), RouteKind.TEXT_LAYER, text, lines));
        }
        return new PromptPlan(plan.page(), filled, plan.visuals(), plan.mergeRatio());
    }

    /** The chart's table as the prompt carries it: a one-line header, then CSV rows (header row first). */
    public static String chartText(ChartTable chart) {
        return CHART_HEADER + TableCsv.write(chart.table()).replace("\r\n", "\n").strip();
    }

    /** One line per table row holding the cells that have a place on the page. */
    static List<Line> chartLines(ChartTable chart) {
        TextSource source = chart.engine().equals("vector") ? TextSource.TEXT_LAYER : TextSource.OCR_TESSERACT;
        List<Line> out = new ArrayList<>();
        int rows = chart.table().rowCount() + 1;
        for (int r = 0; r < rows; r++) {
            List<Word> words = new ArrayList<>();
            for (ChartTable.CellBox c : chart.cells()) {
                String text = r == 0 ? chart.table().header().get(c.col()) : chart.table().cell(r - 1, c.col());
                if (c.row() == r && !text.isBlank()) {
                    words.add(new Word(text, c.bbox(), 1.0, source));
                }
            }
            words.sort(java.util.Comparator.comparingDouble(w -> w.bbox().x0()));
            if (!words.isEmpty()) {
                out.add(Line.of(words));
            }
        }
        return out;
    }

    /** Text-layer lines of the page whose centre lies in {@code box}. */
    static List<Line> linesInside(PageText layer, BBox box) {
        List<Line> out = new ArrayList<>();
        for (Line l : layer.lines()) {
            double cx = l.bbox().centerX();
            double cy = l.bbox().centerY();
            if (cx >= box.x0() - 1 && cx <= box.x1() + 1 && cy >= box.y0() - 1 && cy <= box.y1() + 1) {
                out.add(l);
            }
        }
        return out;
    }
}
