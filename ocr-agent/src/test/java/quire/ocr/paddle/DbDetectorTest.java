package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.ocr.geom.Quad;

class DbDetectorTest {

    @Test
    void preprocessResizesToMultiplesOf32UnderTheLimitAndNormalises() {
        BufferedImage white = new BufferedImage(1000, 500, BufferedImage.TYPE_BYTE_GRAY);
        white.getRaster().setSamples(0, 0, 1000, 500, 0, new int[1000 * 500]);
        DbDetector.Input in = DbDetector.preprocess(white, 640);
        assertThat(in.width()).isEqualTo(640);
        assertThat(in.height()).isEqualTo(320);
        assertThat(in.width() % 32).isZero();
        // black pixels: (0 - mean) / std per channel, BGR order
        assertThat(in.chw()[0]).isCloseTo((0 - 0.485f) / 0.229f, offset(1e-5f));
        assertThat(in.chw()[2 * 640 * 320]).isCloseTo((0 - 0.406f) / 0.225f, offset(1e-5f));

        DbDetector.Input small = DbDetector.preprocess(new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_GRAY), 960);
        assertThat(small.width()).isEqualTo(32);
        assertThat(small.height()).isEqualTo(32);
    }

    @Test
    void postprocessFindsUnclippedBoxesInOriginalPixels() {
        int w = 320, h = 160;
        float[] prob = new float[w * h];
        fill(prob, w, 20, 30, 200, 40, 0.9f);     // a wide line
        fill(prob, w, 40, 100, 100, 110, 0.8f);   // a short one
        fill(prob, w, 250, 100, 300, 110, 0.35f); // above the pixel threshold, below the box threshold
        DbDetector.Input input = new DbDetector.Input(new float[0], h, w, 640, 320);

        List<Quad> boxes = DbDetector.postprocess(prob, input, DbDetector.Config.defaults());

        assertThat(boxes).hasSize(2);
        Quad wide = boxes.stream().max(Comparator.comparingDouble(Quad::width)).orElseThrow();
        // kernel 180 x 10 pixel centres -> 179 x 9, grown by d = 179*9*1.5/376 on each side, then scaled by 2
        double d = 179.0 * 9 * 1.5 / (2 * (179 + 9));
        assertThat(wide.width()).isCloseTo(2 * (179 + 2 * d), offset(1e-6));
        assertThat(wide.bbox().x0()).isCloseTo(2 * (20 - d), offset(1e-6));
        assertThat(wide.bbox().y0()).isCloseTo(2 * (30 - d), offset(1e-6));
    }

    private static void fill(float[] prob, int w, int x0, int y0, int x1, int y1, float p) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                prob[y * w + x] = p;
            }
        }
    }
}
