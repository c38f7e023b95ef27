package quire.models.mllm;

/**
 * A step between the vision encoder and the language model, e.g. a token merger that drops or pools feature rows.
 * The prompt is built from the returned per-tile token counts, so the number of {@code <image>} tokens always
 * equals the number of feature rows.
 */
@FunctionalInterface
public interface FeatureTransform {

    FeatureTransform IDENTITY = features -> features;

    ImageFeatures apply(ImageFeatures features);
}
