package quire.ocr.text;

import java.util.List;

/**
 * One word on a page.
 *
 * @param conf    confidence 0..1 (text-layer words 1.0)
 * @param polygon optional corner points (x, y) for rotated words; empty when the box says it all
 */
public record Word(String text, BBox bbox, double conf, TextSource source, List<double[]> polygon) {

    public Word {
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
    }

    public Word(String text, BBox bbox, double conf, TextSource source) {
        this(text, bbox, conf, source, List.of());
    }
}
