package quire.pipeline.chart.engine;

import java.awt.image.BufferedImage;
import java.util.List;
import quire.ocr.text.Word;

/** Reads the words of a chart picture, boxes in the picture's pixels. One method, so engines can be swapped. */
@FunctionalInterface
public interface ChartOcr {

    List<Word> words(BufferedImage image) throws Exception;

    /** The words of a picture that holds one line of text (an axis title turned upright); by default as {@link #words}. */
    default List<Word> lineWords(BufferedImage image) throws Exception {
        return words(image);
    }
}
