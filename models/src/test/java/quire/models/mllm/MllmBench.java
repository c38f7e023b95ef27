package quire.models.mllm;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import quire.models.mllm.image.ProcessedImage;
import quire.models.mllm.image.RgbImage;
import quire.models.onnx.ExecutionProvider;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

/**
 * Quire side of {@code bench/mllm/run.sh} (not a test): one image, one question, fp32, a fixed number of new tokens
 * with EOS suppressed; prints one JSON line with processor, vision, prefill and decode figures.
 * Arguments: MODEL_DIR IMAGE QUESTION NEW_TOKENS THREADS.
 */
public final class MllmBench {

    private MllmBench() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        Path image = Path.of(args[1]);
        String question = args[2];
        int newTokens = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        try (OnnxSessionFactory factory = new OnnxSessionFactory(
                new SessionSettings(ExecutionProvider.CPU, 0, threads));
             Idefics3Runtime runtime = Idefics3Runtime.open(ModelFolder.open(model, Precision.FP32), factory)) {
            long p0 = System.nanoTime();
            ProcessedImage img = runtime.preprocess(RgbImage.of(ImageIO.read(image.toFile())));
            double processorMs = (System.nanoTime() - p0) / 1e6;
            GenerationOptions options = GenerationOptions.greedy(newTokens)
                    .suppressing(Set.copyOf(runtime.folder().config().stopIds()));
            GenerationResult r = runtime.generate(MllmRequest.ask(img, question, options), TokenListener.NONE,
                    new Cancellation());
            GenerationResult.Timings t = r.timings();
            System.out.println(String.format(Locale.ROOT, "{\"processor_ms\":%.1f,\"vision_ms\":%.1f,"
                    + "\"prefill_ms\":%.1f,\"decode_tokens\":%d,\"decode_tok_s\":%.3f,\"prompt_tokens\":%d}",
                    processorMs, t.visionMs(), t.prefillMs(), t.decodeTokens(), t.decodeTokensPerSecond(),
                    r.promptTokens()));
        }
    }
}
