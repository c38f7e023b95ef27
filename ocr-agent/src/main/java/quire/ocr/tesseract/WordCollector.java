package quire.ocr.tesseract;

import java.util.ArrayList;
import java.util.List;
import quire.ocr.text.Word;

/** Gathers Tesseract's words into lines, each word with the lowest confidence of its characters. */
final class WordCollector {

    private final List<List<Word>> lines = new ArrayList<>();
    private final List<double[]> lowest = new ArrayList<>();
    private List<Word> line;
    private double[] lineLowest = new double[8];

    /** The next word starts a new line. */
    void newLine() {
        finishLine();
        line = null;
    }

    void add(Word word, double lowestChar) {
        if (line == null) {
            line = new ArrayList<>();
            lines.add(line);
        }
        if (line.size() == lineLowest.length) {
            lineLowest = java.util.Arrays.copyOf(lineLowest, 2 * lineLowest.length);
        }
        lineLowest[line.size()] = lowestChar;
        line.add(word);
    }

    private void finishLine() {
        if (line != null && lowest.size() < lines.size()) {
            lowest.add(java.util.Arrays.copyOf(lineLowest, line.size()));
        }
    }

    List<List<Word>> lines() {
        return lines;
    }

    /** Per line, per word: the lowest character confidence, 0..1. */
    List<double[]> lowestChar() {
        finishLine();
        line = null;
        return lowest;
    }
}
