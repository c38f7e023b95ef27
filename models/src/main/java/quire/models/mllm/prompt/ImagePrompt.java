package quire.models.mllm.prompt;

/**
 * Expands one {@code <image>} placeholder into the Idefics3 token layout. Takes the number of {@code <image>}
 * tokens per tile so that a feature transform that merges tokens keeps prompt and features in step.
 */
public final class ImagePrompt {

    public static final String FAKE = "<fake_token_around_image>";
    public static final String GLOBAL = "<global-img>";

    private ImagePrompt() {
    }

    /**
     * @param rows           grid rows (0 for a single image)
     * @param cols           grid columns (0 for a single image)
     * @param tokensPerTile  {@code <image>} tokens for each tile, row-major, the global image last
     *                       (length rows·cols + 1, or 1 for a single image)
     */
    public static String expand(int rows, int cols, int[] tokensPerTile) {
        int expected = rows == 0 && cols == 0 ? 1 : rows * cols + 1;
        if (tokensPerTile.length != expected) {
            throw new IllegalArgumentException("need " + expected + " token counts for a " + rows + "×" + cols
                    + " grid, got " + tokensPerTile.length);
        }
        StringBuilder sb = new StringBuilder();
        if (rows == 0 && cols == 0) {
            return sb.append(FAKE).append(GLOBAL).append(images(tokensPerTile[0])).append(FAKE).toString();
        }
        int t = 0;
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= cols; c++) {
                sb.append(FAKE).append("<row_").append(r).append("_col_").append(c).append('>')
                        .append(images(tokensPerTile[t++]));
            }
            sb.append('\n');
        }
        return sb.append('\n').append(FAKE).append(GLOBAL).append(images(tokensPerTile[t])).append(FAKE).toString();
    }

    /** Uniform token counts (64 per tile for SmolVLM's 512-px tiles). */
    public static int[] uniform(int rows, int cols, int perTile) {
        int n = rows == 0 && cols == 0 ? 1 : rows * cols + 1;
        int[] counts = new int[n];
        java.util.Arrays.fill(counts, perTile);
        return counts;
    }

    /** Replaces the placeholders of {@code prompt} in order with the given expansions. */
    public static String substitute(String prompt, java.util.List<String> expansions) {
        String[] pieces = prompt.split(java.util.regex.Pattern.quote(ChatTemplate.IMAGE), -1);
        if (pieces.length - 1 != expansions.size()) {
            throw new IllegalArgumentException(
                    "prompt has " + (pieces.length - 1) + " image placeholders but " + expansions.size() + " images");
        }
        StringBuilder sb = new StringBuilder(pieces[0]);
        for (int i = 0; i < expansions.size(); i++) {
            sb.append(expansions.get(i)).append(pieces[i + 1]);
        }
        return sb.toString();
    }

    private static String images(int n) {
        return ChatTemplate.IMAGE.repeat(n);
    }
}
