package quire.pipeline.slicer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultGridTest {

    /** 209 sizes (random, thin strips, tile edges) run through the reference processor: the grids must agree. */
    @Test
    void agreesWithTransformersJsOnRecordedSizes() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/slicer/idefics3-grids-transformersjs.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
        assertThat(lines).hasSizeGreaterThan(200);
        for (String line : lines) {
            int[] v = Arrays.stream(line.split(",")).mapToInt(Integer::parseInt).toArray();
            DefaultGrid g = DefaultGrid.of(v[0], v[1]);
            assertThat(new int[] {g.rows(), g.cols(), g.encoderImages()}).as(line).containsExactly(v[2], v[3], v[4]);
        }
    }

    @ParameterizedTest(name = "{0}x{1} -> {4} rows x {5} cols")
    @CsvSource(textBlock = """
            # w, h, stage-2 w, stage-2 h, rows, cols, encoder images, prompt tokens
            # mllm-runtime.md: 1000x800 → 2048x1638 → 2048x2048 → 4x4 + global = 17 × 64 = 1088 image tokens;
            # prompt: 16·66 + 4 rows + 67 = 1127
            1000, 800,  2048, 2048, 4, 4, 17, 1127
            # 2000x600 → 2048x614 → 2048x1024 → 2 rows x 4 cols + global = 9; 8·66 + 2 + 67 = 597
            2000, 600,  2048, 1024, 2, 4, 9,  597
            # A4 portrait 595x842 → h 2048, w int(1447.2)=1447 → even 1448 → 1536x2048 → 4 rows x 3 cols; 12·66+4+67
            595,  842,  1536, 2048, 4, 3, 13, 863
            # small square is upscaled: 100x100 → 2048x2048 → 4x4
            100,  100,  2048, 2048, 4, 4, 17, 1127
            # very wide 4000x100 → 2048x51 → odd → 52 → 2048x512 → 1 row x 4 cols; 4·66 + 1 + 67 = 332
            4000, 100,  2048, 512,  1, 4, 5,  332
            """)
    void matchesTheIdefics3Processor(int w, int h, int w2, int h2, int rows, int cols, int images, int tokens) {
        DefaultGrid g = DefaultGrid.of(w, h);
        assertThat(g.width()).isEqualTo(w2);
        assertThat(g.height()).isEqualTo(h2);
        assertThat(g.rows()).isEqualTo(rows);
        assertThat(g.cols()).isEqualTo(cols);
        assertThat(g.encoderImages()).isEqualTo(images);
        assertThat(g.imageTokens(64)).isEqualTo(images * 64);
        assertThat(g.promptTokens(64)).isEqualTo(tokens);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # longest edge 512 keeps everything in one tile: single image, rows = cols = 0, 64 + 3 tokens
            800, 600, 512
            300, 900, 512
            """)
    void smallLongestEdgeGivesASingleImage(int w, int h, int longest) {
        DefaultGrid g = DefaultGrid.of(w, h, longest, 512);
        assertThat(g.rows()).isZero();
        assertThat(g.cols()).isZero();
        assertThat(g.encoderImages()).isEqualTo(1);
        assertThat(g.promptTokens(64)).isEqualTo(67);
    }
}
