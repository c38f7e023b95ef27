package quire.pipeline.slicer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.models.mllm.prompt.ImagePrompt;
import quire.models.mllm.prompt.PromptTokenizer;

/**
 * The structure tokens {@link PromptTokens} counts by hand, checked against a real tokenizer run on the real
 * {@code <image>} expansion: the tiny fixture's tokenizer has SmolVLM's special tokens ({@code <row_r_col_c>},
 * {@code <global-img>}, {@code <fake_token_around_image>}) and merges {@code \n\n} like SmolVLM's does.
 */
class PromptTokensTokenizerTest {

    private static final Path TOKENIZER = Path.of(System.getProperty("quire.root", ".."),
            "models/src/test/resources/tiny-idefics3/tokenizer.json");

    @ParameterizedTest(name = "{0} rows x {1} cols, {2} tokens per image")
    @CsvSource(textBlock = """
            # single image; A4 (4 rows x 3 cols) and US letter (4 x 4) under default processing; merged to 32
            0, 0, 64
            4, 3, 64
            4, 4, 64
            1, 2, 32
            4, 4, 32
            """)
    void countMatchesTheTokenizedExpansion(int rows, int cols, int perImage) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TOKENIZER), "tiny tokenizer fixture absent: skipping");
        int images = rows == 0 ? 1 : rows * cols + 1;
        try (PromptTokenizer tok = PromptTokenizer.load(TOKENIZER)) {
            long[] ids = tok.encode(ImagePrompt.expand(rows, cols, ImagePrompt.uniform(rows, cols, perImage)));
            assertThat(ids.length).isEqualTo(PromptTokens.count(rows, cols, perImage));
            long image = tok.tokenId("<image>");
            assertThat(java.util.Arrays.stream(ids).filter(i -> i == image).count()).isEqualTo((long) images * perImage);
        }
    }
}
