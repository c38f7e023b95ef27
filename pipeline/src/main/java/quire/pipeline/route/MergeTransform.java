package quire.pipeline.route;

import java.util.Arrays;

import quire.models.mllm.FeatureTransform;
import quire.models.mllm.ImageFeatures;
import quire.pipeline.merge.TokenMerger;
import quire.pipeline.merge.TokenSet;

/**
 * The token merger as an MLLM feature transform: each tile's features merged on their own by {@code ratio}. The
 * runtime applies the transform to the request's images in order, so {@link #perImage} gives each image its own ratio.
 */
public record MergeTransform(double ratio) implements FeatureTransform {

    /** Image {@code i} of the request merged by {@code ratios[i]} (the plan's per-region ratios, in image order). */
    public static FeatureTransform perImage(double[] ratios) {
        double[] copy = ratios.clone();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        return f -> {
            int i = next.getAndIncrement();
            return new MergeTransform(i < copy.length ? copy[i] : 0).apply(f);
        };
    }

    @Override
    public ImageFeatures apply(ImageFeatures f) {
        if (ratio <= 0) {
            return f;
        }
        int hidden = f.hidden();
        int[] counts = new int[f.tokensPerTile().length];
        float[][] parts = new float[counts.length][];
        int offset = 0;
        int total = 0;
        for (int t = 0; t < counts.length; t++) {
            int n = f.tokensPerTile()[t];
            float[] tile = Arrays.copyOfRange(f.data(), offset * hidden, (offset + n) * hidden);
            TokenSet merged = TokenMerger.merge(TokenSet.of(tile, hidden), ratio);
            parts[t] = merged.features();
            counts[t] = merged.count();
            total += merged.count();
            offset += n;
        }
        float[] data = new float[total * hidden];
        int o = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, data, o, p.length);
            o += p.length;
        }
        return new ImageFeatures(data, counts, hidden, f.rows(), f.cols());
    }
}
