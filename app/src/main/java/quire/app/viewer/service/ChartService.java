package quire.app.viewer.service;

import java.util.List;
import quire.app.viewer.task.Cancellation;
import quire.ocr.text.BBox;
import quire.pipeline.document.Document;

/**
 * Chart → table for the chart panel; {@link PipelineChartService} runs the pipeline's chart-to-table job.
 */
public interface ChartService {

    /** Charts found on a page, largest first; empty when none. */
    List<BBox> detect(Document document, int page, Cancellation cancellation) throws Exception;

    /** The table of the chart inside {@code region} (displayed-page points). */
    ChartTable extract(Document document, int page, BBox region, Cancellation cancellation) throws Exception;
}
