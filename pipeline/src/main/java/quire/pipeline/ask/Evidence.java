package quire.pipeline.ask;

import java.nio.file.Path;
import quire.ocr.text.BBox;

/** Where an answer stands: a box on a page (displayed-page points) and the supporting text. */
public record Evidence(Path file, int page, BBox bbox, String text) {
}
