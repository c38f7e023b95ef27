package quire.pipeline.chart.engine;

import quire.pipeline.chart.ChartTable;
import quire.pipeline.chart.Table;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import quire.ocr.text.BBox;
import quire.pipeline.doctags.DocTags;
import quire.pipeline.doctags.DocTagsElement;

/**
 * Engine c: granite-docling asked to "Convert chart to table." answers with a {@code <chart>} DocTags block, parsed
 * with the DocTags/OTSL parser. Used only when the model is installed; its cells carry no boxes of their own.
 */
public final class GraniteChartEngine {

    public static final String NAME = "granite";
    public static final String PROMPT = "Convert chart to table.";

    private final ChartModel model;

    public GraniteChartEngine(ChartModel model) {
        this.model = model;
    }

    public Optional<ChartTable> read(BufferedImage image) throws Exception {
        return fromDocTags(model.generate(image, PROMPT), new BBox(0, 0, image.getWidth(), image.getHeight()));
    }

    /** The chart table of a DocTags answer; empty when it holds no cells. */
    public static Optional<ChartTable> fromDocTags(String doctags, BBox bbox) {
        Optional<Table> table = DocTags.chartTable(doctags);
        if (table.isEmpty() || table.get().rowCount() == 0) {
            return Optional.empty();
        }
        String type = DocTags.flatten(DocTags.parse(doctags))
                .stream().filter(DocTagsElement.ChartBlock.class::isInstance)
                .map(e -> ((DocTagsElement.ChartBlock) e).chartType()).findFirst().orElse("other");
        return Optional.of(new ChartTable(NAME, type, bbox, table.get(), List.of(), List.of()));
    }
}
