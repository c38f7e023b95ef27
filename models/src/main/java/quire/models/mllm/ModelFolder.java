package quire.models.mllm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import quire.models.ModelException;
import quire.models.mllm.prompt.ChatTemplate;

/**
 * A validated Idefics3-family model folder: configs, {@code tokenizer.json}, chat template and the three graphs
 * {@code onnx/vision_encoder<suffix>.onnx}, {@code onnx/embed_tokens<suffix>.onnx},
 * {@code onnx/decoder_model_merged<suffix>.onnx} of one precision.
 */
public record ModelFolder(Path dir, Precision precision, Idefics3Config config, ChatTemplate template,
                          Path tokenizer, Path visionEncoder, Path embedTokens, Path decoder) {

    /** Checks that every needed file is there and the configs parse; the graphs are checked when opened. */
    public static ModelFolder open(Path dir, Precision precision) throws ModelException {
        if (!Files.isDirectory(dir)) {
            throw new ModelException("model folder not found: " + dir
                    + " (pull it with: quire models pull smolvlm-256m, or import a folder with: quire models import DIR)");
        }
        Idefics3Config config = Idefics3Config.read(dir);
        Path tokenizer = require(dir.resolve("tokenizer.json"));
        Path onnx = dir.resolve("onnx");
        Path vision = require(onnx.resolve("vision_encoder" + precision.suffix() + ".onnx"));
        Path embed = require(onnx.resolve("embed_tokens" + precision.suffix() + ".onnx"));
        Path decoder = require(onnx.resolve("decoder_model_merged" + precision.suffix() + ".onnx"));
        return new ModelFolder(dir, precision, config, template(dir), tokenizer, vision, embed, decoder);
    }

    /**
     * The first precision present among {@code preferred} (e.g. q8 before fp32 on CPU).
     */
    public static Precision available(Path dir, Precision... preferred) throws ModelException {
        Path onnx = dir.resolve("onnx");
        for (Precision p : preferred) {
            boolean all = true;
            for (String graph : new String[] {"vision_encoder", "embed_tokens", "decoder_model_merged"}) {
                all &= Files.isRegularFile(onnx.resolve(graph + p.suffix() + ".onnx"));
            }
            if (all) {
                return p;
            }
        }
        throw new ModelException("no complete set of graphs in " + dir.resolve("onnx") + " for any of "
                + java.util.Arrays.toString(preferred) + " (re-download or re-import the model)");
    }

    private static ChatTemplate template(Path dir) throws ModelException {
        try {
            Path jinja = dir.resolve("chat_template.jinja");
            if (Files.isRegularFile(jinja)) {
                return ChatTemplate.detect(Files.readString(jinja));
            }
            Path json = dir.resolve("chat_template.json");
            if (Files.isRegularFile(json)) {
                return ChatTemplate.detect(Idefics3Config.json(json).path("chat_template").asText());
            }
        } catch (IOException e) {
            throw new ModelException("cannot read the chat template in " + dir, e);
        }
        return ChatTemplate.SMOLVLM;
    }

    private static Path require(Path file) throws ModelException {
        if (!Files.isRegularFile(file)) {
            throw new ModelException("model file missing: " + file
                    + " (re-download the model with: quire models pull ID, or check the folder you imported)");
        }
        return file;
    }
}
