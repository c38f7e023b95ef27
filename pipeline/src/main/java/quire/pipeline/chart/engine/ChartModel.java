package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;

/**
 * A multimodal model that answers a prompt about a picture with DocTags (granite-docling through the MLLM runtime).
 * One method, so chart-to-table does not depend on the runtime's classes.
 */
@FunctionalInterface
public interface ChartModel {

    String generate(BufferedImage image, String prompt) throws Exception;
}
