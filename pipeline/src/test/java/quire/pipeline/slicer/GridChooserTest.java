package quire.pipeline.slicer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridChooserTest {

    /** Default config: tile 512 (tile area 262 144), budget 16, at most 4 rows and 4 columns. */
    @ParameterizedTest(name = "{0}x{1} -> {3} rows x {4} cols")
    @CsvSource(textBlock = """
            # width, height, N, rows, cols   (N = ceil(W·H / 262144), capped at 16)
            # 512² → N=1: one tile holds every pixel, not sliced
            512,  512,  1, 1, 1
            # N=4 → {3,4,5}: 2x2 slices are 512² (error 0)
            1024, 1024, 4, 2, 2
            # N=8 → {7,8,9}: 2 rows x 4 cols gives 512² slices
            2048, 1024, 8, 2, 4
            # N=ceil(1.83)=2 → {2,3}: 2 rows x 1 col: 600/400 → |ln 1.5| = 0.405 beats 1x2 (|ln 0.375| = 0.98),
            # 3x1 (|ln 2.25| = 0.81), 1x3 (|ln 0.25| = 1.39)
            600,  800,  2, 2, 1
            # A4 at 144 dpi: N=ceil(7.64)=8 → 4 rows x 2 cols: (1190/2)/(1684/4) = 1.4133, |ln| = 0.34593;
            # 3x3: 1190/1684 = 0.70665, |ln| = 0.34723 (close second); 2x4: |ln 0.3533| = 1.04
            1190, 1684, 8, 4, 2
            # A4 at 300 dpi: N=34 → capped 16 → {15,16}: 15 = 3x5/5x3 break the 4-row/col limit, so 4x4
            2480, 3508, 16, 4, 4
            # banner: N=ceil(7.63)=8 → 7x1 too wide; 2 rows x 4 cols: 1000/250 → |ln 4| = 1.386;
            # 4x2: ln 16; 3x3: 1333/167 → ln 8. → 2x4
            4000, 500,  8, 2, 4
            # square, N=ceil(1.9996)=2 → {2,3}: 1x2 and 2x1 tie at |ln 2|; tie-break: more columns → 1 row x 2 cols
            724,  724,  2, 1, 2
            # tiny but tall: N=1 → not sliced, although 2 rows x 1 col would have squarer slices: a 10x300 strip
            # fits one tile, and two tiles + a global view would cost 3x the tokens for the same pixels
            10,   300,  1, 1, 1
            # small, N=1 → 1x1
            400,  300,  1, 1, 1
            # a 2:1 speck (96x48 px) is one tile, not 1x2 + global
            96,   48,   1, 1, 1
            """)
    void choosesTheGridOfBestSliceAspect(int width, int height, int ideal, int rows, int cols) {
        assertThat(GridChooser.idealCount(width, height, SlicerConfig.DEFAULT)).isEqualTo(ideal);
        assertThat(GridChooser.choose(width, height, SlicerConfig.DEFAULT)).isEqualTo(new SliceGrid(rows, cols));
    }

    @Test
    void rowAndColumnLimitsAreNeverExceeded() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 5000; trial++) {
            int w = 1 + rnd.nextInt(6000);
            int h = 1 + rnd.nextInt(6000);
            SlicerConfig cfg = new SlicerConfig(512, 1 + rnd.nextInt(20), 1 + rnd.nextInt(5), 1 + rnd.nextInt(5));
            SliceGrid g = GridChooser.choose(w, h, cfg);
            assertThat(g.rows()).isLessThanOrEqualTo(cfg.maxRows());
            assertThat(g.cols()).isLessThanOrEqualTo(cfg.maxCols());
            assertThat(g.tiles()).isLessThanOrEqualTo(cfg.budget());
            assertThat(GridChooser.choose(w, h, cfg)).isEqualTo(g); // deterministic
        }
    }

    @Test
    void candidateProductsStayWithinOneOfTheIdealCount() {
        Random rnd = new Random(12);
        SlicerConfig unlimitedShape = new SlicerConfig(512, 20, 20, 20);
        for (int trial = 0; trial < 5000; trial++) {
            int w = 1 + rnd.nextInt(8000);
            int h = 1 + rnd.nextInt(8000);
            int n = GridChooser.idealCount(w, h, unlimitedShape);
            SliceGrid g = GridChooser.choose(w, h, unlimitedShape);
            assertThat(g.tiles()).isBetween(n <= 2 ? n : n - 1, n == 1 ? 1 : Math.min(n + 1, 20));
        }
    }

    /**
     * The paper's guarantee: N ≤ 20 and image aspect within [1:6, 6:1] keep every slice within [1:2, 2:1]. It needs
     * N ≥ 2: with N = 1 the image is not sliced, and a 6:1 strip stays one image.
     */
    @Test
    void slicesStayWithinTwoToOneForModerateAspects() {
        Random rnd = new Random(13);
        SlicerConfig paper = new SlicerConfig(512, 20, 20, 20);
        for (int trial = 0; trial < 20000; trial++) {
            double aspect = Math.exp((rnd.nextDouble() * 2 - 1) * Math.log(6));
            double area = (0.5 + rnd.nextDouble() * 19.5) * 512 * 512;
            int w = (int) Math.round(Math.sqrt(area * aspect));
            int h = (int) Math.round(Math.sqrt(area / aspect));
            SliceGrid g = GridChooser.choose(w, h, paper);
            double sliceAspect = ((double) w / g.cols()) / ((double) h / g.rows());
            if (GridChooser.idealCount(w, h, paper) >= 2) {
                assertThat(sliceAspect).as("%dx%d -> %s", w, h, g).isBetween(0.5 - 1e-9, 2.0 + 1e-9);
            }
        }
    }

    @Test
    void tooSmallBudgetFallsBackToAnyGridThatFits() {
        // budget 1 tile: only 1x1 is possible whatever the size
        SlicerConfig one = new SlicerConfig(512, 1, 4, 4);
        assertThat(GridChooser.choose(4000, 4000, one)).isEqualTo(new SliceGrid(1, 1));
        // one row allowed, N = 4 → {3,4,5} with rows=1: 1x3 or 1x4; 2048x512 → 1x4 slices are square
        SlicerConfig oneRow = new SlicerConfig(512, 16, 1, 4);
        assertThat(GridChooser.choose(2048, 512, oneRow)).isEqualTo(new SliceGrid(1, 4));
        // tall image with one row allowed: N=4 → only 1x3, 1x4 fit; 1x3 slices are less wide: chosen
        assertThat(GridChooser.choose(512, 2048, oneRow)).isEqualTo(new SliceGrid(1, 3));
    }
}
