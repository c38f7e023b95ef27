package quire.ocr.paddle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecognizerBatchesTest {

    private static List<String> ranges(int[] widths, int max) {
        return Recognizer.batches(widths, max).stream().map(r -> r[0] + "-" + r[1]).toList();
    }

    /** Columns the model runs over for these batches, the per-run cost included. */
    private static long columns(int[] widths, List<int[]> batches) {
        return batches.stream().mapToLong(r -> (long) (r[1] - r[0]) * widths[r[1] - 1] + Recognizer.RUN_COLUMNS)
                .sum();
    }

    @Test
    void equalWidthsFillWholeBatches() {
        assertThat(ranges(new int[] {96, 96, 96, 96, 96, 96, 96, 96}, 6)).containsExactly("0-2", "2-8");
        assertThat(ranges(new int[] {320, 320, 320}, 6)).containsExactly("0-3");
    }

    @Test
    void aWideCropGetsARunOfItsOwnRatherThanPaddingTheNarrowOnes() {
        // padding four 96-wide words to 640 would cost 4 x 544 more columns; a second run costs 16
        assertThat(ranges(new int[] {96, 96, 96, 96, 640}, 6)).containsExactly("0-4", "4-5");
    }

    @Test
    void noBatchIsLargerThanTheCap() {
        int[] widths = IntStream.range(0, 20).map(i -> 96).toArray();
        assertThat(Recognizer.batches(widths, 6)).allSatisfy(r -> assertThat(r[1] - r[0]).isBetween(1, 6));
    }

    @Test
    void batchesCoverEveryCropOnceInOrderAndCostNoMoreThanFixedBatchesOfSix() {
        int[] widths = {96, 96, 96, 120, 136, 160, 168, 200, 256, 312, 400, 408, 720};
        List<int[]> batches = Recognizer.batches(widths, 6);
        int next = 0;
        for (int[] r : batches) {
            assertThat(r[0]).isEqualTo(next);
            next = r[1];
        }
        assertThat(next).isEqualTo(widths.length);
        List<int[]> sixes = List.of(new int[] {0, 6}, new int[] {6, 12}, new int[] {12, 13});
        assertThat(columns(widths, batches)).isLessThan(columns(widths, sixes));
    }

    @Test
    void noCropsNoBatches() {
        assertThat(Recognizer.batches(new int[0], 6)).isEmpty();
    }

    @Test
    void inputWidthIsAtLeastTheFloorAndAMultipleOfEight() {
        assertThat(Recognizer.tensorWidth(50, 96)).isEqualTo(96);
        assertThat(Recognizer.tensorWidth(97, 96)).isEqualTo(104);
        assertThat(Recognizer.tensorWidth(400, 320)).isEqualTo(400);
    }
}
