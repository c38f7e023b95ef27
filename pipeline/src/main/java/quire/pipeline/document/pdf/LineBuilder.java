package quire.pipeline.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.ocr.text.Line;
import quire.ocr.text.Word;
import quire.pipeline.document.pdf.WordBuilder.PlacedWord;

/**
 * Groups words into lines: words with the same direction whose baselines lie within a third of an em form a band;
 * a band splits into lines wherever two neighbours are more than {@link #MAX_GAP_EM} of the font size apart (column
 * gutters, table cells). Words within a line run along the baseline (left to right on an upright page). Lines come
 * out unordered; {@link ReadingOrder} orders them.
 */
final class LineBuilder {

    static final double MAX_GAP_EM = 1.0;
    private static final double BASELINE_TOLERANCE_EM = 0.35;

    private LineBuilder() {
    }

    static List<Line> build(List<PlacedWord> words) {
        List<PlacedWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingLong(LineBuilder::direction)
                .thenComparingDouble(PlacedWord::baselineAcross));
        List<Line> lines = new ArrayList<>();
        List<PlacedWord> band = new ArrayList<>();
        for (PlacedWord w : sorted) {
            if (!band.isEmpty()) {
                PlacedWord first = band.get(0);
                double size = Math.max(first.size(), w.size());
                if (direction(first) != direction(w)
                        || w.baselineAcross() - first.baselineAcross() > BASELINE_TOLERANCE_EM * size) {
                    splitBand(band, lines);
                }
            }
            band.add(w);
        }
        splitBand(band, lines);
        return lines;
    }

    /** The baseline direction in 5-degree buckets. */
    private static long direction(PlacedWord w) {
        return Math.round(w.angle() / 5.0);
    }

    private static void splitBand(List<PlacedWord> band, List<Line> out) {
        if (band.isEmpty()) {
            return;
        }
        band.sort(Comparator.comparingDouble(PlacedWord::startAlong));
        List<Word> line = new ArrayList<>();
        double end = Double.NaN;
        for (PlacedWord w : band) {
            if (!line.isEmpty() && w.startAlong() - end > MAX_GAP_EM * w.size()) {
                out.add(Line.of(line));
                line.clear();
            }
            if (!w.word().text().isEmpty()) {
                line.add(w.word());
            }
            end = line.isEmpty() ? Double.NaN : Math.max(Double.isNaN(end) ? w.endAlong() : end, w.endAlong());
        }
        if (!line.isEmpty()) {
            out.add(Line.of(line));
        }
        band.clear();
    }
}
