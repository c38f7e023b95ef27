package quire.models.mllm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quire.models.ModelException;
import quire.models.mllm.image.ImageProcessorConfig;

/**
 * What Quire needs from a model folder's JSON configs ({@code config.json}, {@code generation_config.json},
 * {@code preprocessor_config.json}, {@code processor_config.json}).
 *
 * @param imageTokenId the {@code <image>} id whose embedding rows receive image features
 * @param imageSeqLen  {@code <image>} tokens per tile before any token merging (64)
 * @param stopIds      end-of-sequence ids from generation_config (falling back to config.json)
 */
public record Idefics3Config(long imageTokenId, int imageSeqLen, int numLayers, int kvHeads, int headDim,
                             int hidden, int vocabSize, List<Long> stopIds, ImageProcessorConfig image) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Idefics3Config read(Path dir) throws ModelException {
        JsonNode config = json(dir.resolve("config.json"));
        JsonNode gen = optionalJson(dir.resolve("generation_config.json"));
        JsonNode pre = json(dir.resolve("preprocessor_config.json"));
        JsonNode proc = optionalJson(dir.resolve("processor_config.json"));
        JsonNode text = config.path("text_config");
        long imageToken = config.path("image_token_id").asLong(config.path("image_token_index").asLong(-1));
        if (imageToken < 0 || text.isMissingNode()) {
            throw new ModelException(dir + "/config.json is not an Idefics3 config (no image_token_id or text_config)"
                    + "; re-import the model folder");
        }
        int heads = text.path("num_attention_heads").asInt();
        int hidden = text.path("hidden_size").asInt();
        int headDim = text.path("head_dim").asInt(heads > 0 ? hidden / heads : 0);
        List<Long> stops = new ArrayList<>();
        JsonNode eos = gen.has("eos_token_id") ? gen.get("eos_token_id") : config.path("eos_token_id");
        if (eos.isArray()) {
            eos.forEach(n -> stops.add(n.asLong()));
        } else if (eos.isNumber()) {
            stops.add(eos.asLong());
        }
        int seqLen = proc.path("image_seq_len").asInt(64);
        ImageProcessorConfig image = new ImageProcessorConfig(
                pre.path("size").path("longest_edge").asInt(2048),
                pre.path("max_image_size").path("longest_edge").asInt(512),
                pre.path("do_image_splitting").asBoolean(true),
                pre.path("rescale_factor").asDouble(1.0 / 255),
                floats(pre.path("image_mean"), 0.5f), floats(pre.path("image_std"), 0.5f));
        return new Idefics3Config(imageToken, seqLen, text.path("num_hidden_layers").asInt(),
                text.path("num_key_value_heads").asInt(heads), headDim, hidden, text.path("vocab_size").asInt(),
                List.copyOf(stops), image);
    }

    private static float[] floats(JsonNode n, float fallback) {
        float[] out = {fallback, fallback, fallback};
        if (n.isArray() && n.size() == 3) {
            for (int i = 0; i < 3; i++) {
                out[i] = (float) n.get(i).asDouble();
            }
        } else if (n.isNumber()) {
            java.util.Arrays.fill(out, (float) n.asDouble());
        }
        return out;
    }

    static JsonNode json(Path file) throws ModelException {
        if (!Files.isRegularFile(file)) {
            throw new ModelException("model file missing: " + file + " (re-download or re-import the model)");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": corrupt JSON (re-download or re-import the model)", e);
        }
    }

    private static JsonNode optionalJson(Path file) throws ModelException {
        return Files.isRegularFile(file) ? json(file) : JSON.createObjectNode();
    }
}
