package quire.pipeline.ask.bench;

import java.nio.file.Path;
import quire.pipeline.ask.Units;
import quire.pipeline.ask.index.Block;
import quire.pipeline.ask.index.BlockBuilder;
import quire.pipeline.ask.text.PageOcr;
import quire.pipeline.ask.text.PdfBoxTextLayer;

/** Prints the blocks and answer units of a page (a debugging aid for the ask benchmark). Args: PDF PAGE. */
public final class DumpBlocks {
    public static void main(String[] args) throws Exception {
        try (var pdf = "ocr".equals(System.getProperty("ask.reader"))
                ? quire.pipeline.ask.text.DocumentTextProvider.opener(quire.pipeline.ocr.OcrPageTextSource.auto())
                        .open(Path.of(args[0]))
                : "documents".equals(System.getProperty("ask.reader"))
                ? quire.pipeline.ask.text.DocumentTextProvider.opener(quire.pipeline.document.PageTextSource.TEXT_LAYER).open(Path.of(args[0]))
                : PdfBoxTextLayer.open(Path.of(args[0]), PageOcr.NONE)) {
            var page = pdf.page(Integer.parseInt(args[1]));
            for (Block b : BlockBuilder.blocks(page, 0)) {
                System.out.println("--- block " + b.ordinal() + " lines=" + b.lines().size());
                b.lines().forEach(l -> System.out.printf("  [%.0f %.0f %.0f %.0f] %s%n", l.bbox().x0(), l.bbox().y0(),
                        l.bbox().x1(), l.bbox().y1(), l.text()));
                Units.of(b).forEach(u -> System.out.println("  unit row=" + u.row() + ": " + u.text()));
            }
        }
    }
}
