package quire.pipeline.route;

import quire.pipeline.slicer.DefaultGrid;
import quire.pipeline.slicer.GridChooser;
import quire.pipeline.slicer.PromptTokens;
import quire.pipeline.slicer.SliceGrid;

/**
 * LM token counts: text at 4 characters per token (an estimate, not the tokenizer), images in the Idefics3 prompt
 * layout ({@link PromptTokens}).
 */
public final class TokenBudget {

    public static final int CHARS_PER_TOKEN = 4;
    /**
     * OCR output characters (spaces and line ends included) per unit of glyph span: 1.52 on bench/ocr's generated
     * calibration scans (seed 7; the gold text over the span of the regions routed to OCR). Checked on other pages:
     * 0.88–1.07 of the gold on the benchmark's degraded scans, 0.78–1.17 of Tesseract's output on docs-dev scans
     * (the count of marks it replaces read 0.67 on linn, where touching letters are one mark).
     */
    static final double CHARS_PER_GLYPH_SPAN = 1.5;
    /** A chart's table repeats labels and adds values: about 1.5 characters per label character, plus a header. */
    private static final double TABLE_CHARS_PER_LABEL_CHAR = 1.5;
    private static final int TABLE_OVERHEAD = 8;

    private TokenBudget() {
    }

    /** Tokens of the whole page rendered at {@code widthPx × heightPx} under default processing. */
    public static int defaultPage(int widthPx, int heightPx) {
        return DefaultGrid.of(widthPx, heightPx).promptTokens(PlanOptions.IMAGE_SEQ_LEN);
    }

    /** The header that opens the page's text in the prompt ({@link PlanRequests}). */
    public static final String TEXT_HEADER = "Text of the page:\n";

    /**
     * Tokens around {@code parts} text parts in the prompt: the header once, and one token for each blank line
     * ({@code \n\n}) after each part (between parts and before the question); 0 without text parts.
     */
    public static int textFrame(int parts) {
        return parts == 0 ? 0 : text(TEXT_HEADER) + parts;
    }

    public static int text(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }

    /**
     * OCR output of a region from its glyph components' widths in units of their height ({@link InkMap.Ink#glyphSpan})
     * or, when a text layer was there but unusable, its character count, whichever is larger.
     */
    public static int ocr(double glyphSpan, int layerChars) {
        return (int) Math.ceil(Math.max(glyphSpan * CHARS_PER_GLYPH_SPAN, layerChars) / CHARS_PER_TOKEN);
    }

    public static int chartTable(int labelChars) {
        return (int) Math.ceil(labelChars * TABLE_CHARS_PER_LABEL_CHAR / CHARS_PER_TOKEN) + TABLE_OVERHEAD;
    }

    /** The grid a visual region of {@code widthPx × heightPx} gets: the slicer's, or the default processor's. */
    public static SliceGrid visualGrid(int widthPx, int heightPx, PlanOptions o) {
        if (o.slicer()) {
            return GridChooser.choose(widthPx, heightPx, o.slicerConfig());
        }
        DefaultGrid d = DefaultGrid.of(widthPx, heightPx);
        return d.rows() == 0 ? new SliceGrid(1, 1) : new SliceGrid(d.rows(), d.cols());
    }

    public static int visual(SliceGrid grid, PlanOptions o) {
        return visual(grid, o.tokensPerImage());
    }

    /** A visual region's tokens when each of its encoder images keeps {@code seq} visual tokens after merging. */
    public static int visual(SliceGrid grid, int seq) {
        return grid.isSingle() ? PromptTokens.count(0, 0, seq) : PromptTokens.count(grid.rows(), grid.cols(), seq);
    }

    /**
     * Tokens of a plan's prompt content as {@link PlanRequests} sends it (the question aside): each text part's text,
     * the header and blank lines around them, and each visual part's tiles. On a plan whose experts have run this is
     * the measured cost; pending parts count as empty.
     */
    public static int prompt(PromptPlan plan, PlanOptions o) {
        int tokens = 0;
        int parts = 0;
        for (PromptPlan.TextPart t : plan.texts()) {
            if (!t.pending() && !t.text().isBlank()) {
                tokens += text(t.text());
                parts++;
            }
        }
        tokens += textFrame(parts);
        for (PromptPlan.VisualPart v : plan.visuals()) {
            tokens += visual(v.grid(), PlanOptions.tokensPerImage(v.mergeRatio()));
        }
        return tokens;
    }
}
