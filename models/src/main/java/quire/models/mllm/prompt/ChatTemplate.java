package quire.models.mllm.prompt;

import java.util.List;

/**
 * The chat templates of the Idefics3 family, rendered directly (the Jinja sources are fixed per family). A message
 * is a list of parts; {@link Part.Image} renders as one {@code <image>} placeholder that {@link ImagePrompt} expands.
 */
public enum ChatTemplate {
    /** SmolVLM / SmolDocling: {@code <|im_start|>User:<image>text<end_of_utterance>\nAssistant:}. */
    SMOLVLM,
    /** granite-docling: {@code <|start_of_role|>user<|end_of_role|>...<|end_of_text|>\n<|start_of_role|>assistant...}. */
    GRANITE;

    public static final String IMAGE = "<image>";

    /** One piece of a user message. */
    public sealed interface Part permits Part.Text, Part.Image {
        record Text(String text) implements Part { }

        record Image() implements Part { }
    }

    /** Renders one user turn followed by the generation prompt. */
    public String render(List<Part> user) {
        StringBuilder content = new StringBuilder();
        for (Part p : user) {
            if (p instanceof Part.Text t) {
                content.append(t.text());
            } else {
                content.append(IMAGE);
            }
        }
        return switch (this) {
            case SMOLVLM -> "<|im_start|>User" + (!user.isEmpty() && user.get(0) instanceof Part.Image ? ":" : ": ")
                    + content + "<end_of_utterance>\nAssistant:";
            case GRANITE -> "<|start_of_role|>user<|end_of_role|>" + content
                    + "<|end_of_text|>\n<|start_of_role|>assistant<|end_of_role|>";
        };
    }

    /** Picks the template from a model folder's template source text. */
    public static ChatTemplate detect(String templateSource) {
        return templateSource.contains("start_of_role") ? GRANITE : SMOLVLM;
    }
}
