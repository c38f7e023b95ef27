package quire.pipeline.merge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark (not a test): merging the encoder output of a 4×4 + global Idefics3 image, 1088 tokens × 576 dims, to
 * half. Prints the median of the measured runs after warm-up as a {@code BENCH token_merge} line (cli.md).
 * Run through {@code bench/merge/run.sh}; arguments: [runs] [warm-up runs].
 */
public final class TokenMergeBench {

    private TokenMergeBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int tokens = 1088;
        int dim = 576;
        float[] features = syntheticFeatures(tokens, dim, new Random(42));
        TokenSet input = TokenSet.of(features, dim);
        int checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += TokenMerger.merge(input, 0.5).count();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            TokenSet out = TokenMerger.merge(input, 0.5);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            checksum += out.count();
        }
        double median = median(ms);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        // wall time is what the user waits; CPU time shows how much of it a loaded machine added
        System.err.printf(Locale.ROOT, "token_merge: %d x %d -> %d tokens, %d runs after %d warm-up: wall min %.2f"
                + " median %.2f max %.2f ms; thread CPU median %.2f ms (checksum %d)%n", tokens, dim, tokens / 2, runs,
                warmup, sorted[0], median, sorted[runs - 1], median(cpu), checksum);
        System.out.printf(Locale.ROOT, "BENCH token_merge: quire=%.2f peer=- ratio=- ms%n", median);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * Tokens that look like encoder output of a page: 17 tiles of 64, where most positions are near one of a few
     * "background" directions (blank paper, flat colour) and the rest are distinct content.
     */
    static float[] syntheticFeatures(int tokens, int dim, Random rnd) {
        float[][] backgrounds = new float[4][dim];
        for (float[] b : backgrounds) {
            for (int k = 0; k < dim; k++) {
                b[k] = (float) rnd.nextGaussian();
            }
        }
        float[] f = new float[tokens * dim];
        for (int t = 0; t < tokens; t++) {
            boolean background = rnd.nextDouble() < 0.6;
            float[] base = backgrounds[rnd.nextInt(backgrounds.length)];
            for (int k = 0; k < dim; k++) {
                float noise = (float) rnd.nextGaussian();
                f[t * dim + k] = background ? base[k] + 0.1f * noise : noise;
            }
        }
        return f;
    }
}
