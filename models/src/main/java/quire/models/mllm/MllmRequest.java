package quire.models.mllm;

import java.util.List;
import quire.models.mllm.image.ProcessedImage;
import quire.models.mllm.prompt.ChatTemplate.Part;

/**
 * One question to the model.
 *
 * @param content           the user turn: text parts (question, OCR text, retrieved passages) and image
 *                          placeholders, in order; one {@link Part.Image} per entry of {@code images}
 * @param images            preprocessed images (from the processor or pre-cut tiles)
 * @param options           decoding settings
 * @param transform         applied to each image's features before they enter the language model
 * @param keepSpecialTokens decode with special tokens kept (DocTags) instead of skipped (chat answers)
 */
public record MllmRequest(List<Part> content, List<ProcessedImage> images, GenerationOptions options,
                          FeatureTransform transform, boolean keepSpecialTokens) {

    public MllmRequest {
        content = List.copyOf(content);
        images = List.copyOf(images);
        long placeholders = content.stream().filter(p -> p instanceof Part.Image).count();
        if (placeholders != images.size()) {
            throw new IllegalArgumentException(placeholders + " image parts but " + images.size() + " images");
        }
    }

    /** A question about one image: the image first, then the text (SmolVLM's usual layout). */
    public static MllmRequest ask(ProcessedImage image, String question, GenerationOptions options) {
        return new MllmRequest(List.of(new Part.Image(), new Part.Text(question)), List.of(image), options,
                FeatureTransform.IDENTITY, false);
    }

    public MllmRequest withTransform(FeatureTransform t) {
        return new MllmRequest(content, images, options, t, keepSpecialTokens);
    }
}
