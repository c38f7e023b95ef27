package quire.models.mllm.image;

/**
 * The Idefics3 image processor's settings (from {@code preprocessor_config.json}).
 *
 * @param longestEdge   stage 1: the longest edge after resizing (2048 for SmolVLM)
 * @param tileSize      the vision encoder's input size; stage 2 makes both sides multiples of it (512)
 * @param doSplitting   cut into tiles + a global image; otherwise one image resized to tileSize²
 * @param rescaleFactor multiplies uint8 values (1/255)
 * @param mean          per-channel mean (RGB)
 * @param std           per-channel standard deviation (RGB)
 */
public record ImageProcessorConfig(int longestEdge, int tileSize, boolean doSplitting, double rescaleFactor,
                                   float[] mean, float[] std) {

    /** SmolVLM / granite-docling defaults. */
    public static ImageProcessorConfig idefics3Defaults() {
        return new ImageProcessorConfig(2048, 512, true, 1.0 / 255, new float[] {0.5f, 0.5f, 0.5f},
                new float[] {0.5f, 0.5f, 0.5f});
    }
}
