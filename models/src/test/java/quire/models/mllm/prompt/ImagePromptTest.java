package quire.models.mllm.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.models.mllm.prompt.ChatTemplate.Part;

class ImagePromptTest {

    static final Path TOKENIZER = Path.of("src/test/resources/tiny-idefics3/tokenizer.json");

    @Test
    void singleImageIsWrappedInFakeTokensWithGlobalMarker() {
        assertThat(ImagePrompt.expand(0, 0, new int[] {2}))
                .isEqualTo("<fake_token_around_image><global-img><image><image><fake_token_around_image>");
    }

    @Test
    void gridHasRowColumnMarkersNewlinesAndGlobalLast() {
        String s = ImagePrompt.expand(1, 2, new int[] {1, 1, 2});
        assertThat(s).isEqualTo("<fake_token_around_image><row_1_col_1><image>"
                + "<fake_token_around_image><row_1_col_2><image>\n"
                + "\n<fake_token_around_image><global-img><image><image><fake_token_around_image>");
    }

    @Test
    void tokenCountsMustCoverEveryTile() {
        assertThatThrownBy(() -> ImagePrompt.expand(2, 2, new int[] {64, 64}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smolvlmTemplatePutsColonDirectlyBeforeAnImage() {
        assertThat(ChatTemplate.SMOLVLM.render(List.of(new Part.Image(), new Part.Text("Hi?"))))
                .isEqualTo("<|im_start|>User:<image>Hi?<end_of_utterance>\nAssistant:");
        assertThat(ChatTemplate.SMOLVLM.render(List.of(new Part.Text("Hi?"), new Part.Image())))
                .isEqualTo("<|im_start|>User: Hi?<image><end_of_utterance>\nAssistant:");
    }

    @Test
    void graniteTemplateUsesRoles() {
        assertThat(ChatTemplate.GRANITE.render(List.of(new Part.Image(), new Part.Text("Convert this page to docling."))))
                .isEqualTo("<|start_of_role|>user<|end_of_role|><image>Convert this page to docling.<|end_of_text|>\n"
                        + "<|start_of_role|>assistant<|end_of_role|>");
        assertThat(ChatTemplate.detect("{{'<|start_of_role|>'}}")).isEqualTo(ChatTemplate.GRANITE);
    }

    @Test
    void realTokenizerKeepsSpecialTokensWholeAndMergesTheDoubleNewline() throws Exception {
        try (PromptTokenizer tok = PromptTokenizer.load(TOKENIZER)) {
            long image = tok.tokenId("<image>");
            long[] ids = tok.encode(ImagePrompt.expand(1, 1, new int[] {3, 2}));
            assertThat(Arrays.stream(ids).filter(i -> i == image).count()).isEqualTo(5);
            long nn = tok.tokenId("\n\n");
            assertThat(nn).isPositive();
            assertThat(ids).contains(nn);
            assertThat(tok.decode(tok.encode("What is the total revenue?"), true)).isEqualTo("What is the total revenue?");
        }
    }

    @Test
    void substituteNeedsOnePlaceholderPerImage() {
        assertThat(ImagePrompt.substitute("a<image>b<image>c", List.of("X", "Y"))).isEqualTo("aXbYc");
        assertThatThrownBy(() -> ImagePrompt.substitute("a<image>b", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
