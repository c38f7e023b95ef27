package quire.pipeline.summarize;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import quire.models.ModelException;
import quire.models.mllm.Cancellation;
import quire.models.mllm.FeatureTransform;
import quire.models.mllm.GenerationOptions;
import quire.models.mllm.GenerationResult;
import quire.models.mllm.Idefics3Runtime;
import quire.models.mllm.MllmRequest;
import quire.models.mllm.ModelFolder;
import quire.models.mllm.Precision;
import quire.models.mllm.prompt.ChatTemplate.Part;
import quire.models.onnx.OnnxSessionFactory;

/**
 * The installed multimodal model used text-only, for summaries: its tokenizer measures chunks, its chat template
 * wraps prompts, and greedy generation answers. One generation at a time (the runtime is single-threaded); other
 * workers wait for the lock and give up on interrupt.
 */
public final class MllmTextGenerator implements TextGenerator, AutoCloseable {

    private final Idefics3Runtime runtime;
    private final String engine;
    private final ReentrantLock lock = new ReentrantLock();

    private MllmTextGenerator(Idefics3Runtime runtime, String engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /**
     * Loads the model folder's graphs and tokenizer now; the sessions belong to {@code factory}.
     *
     * @param name the engine's name in the report ("mllm:" + name)
     */
    public static MllmTextGenerator open(Path dir, Precision precision, OnnxSessionFactory factory, String name)
            throws ModelException {
        return new MllmTextGenerator(Idefics3Runtime.open(ModelFolder.open(dir, precision), factory), "mllm:" + name);
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public int contextTokens() {
        return GenerationOptions.MAX_CONTEXT;
    }

    @Override
    public TokenCounter counter() {
        return text -> runtime.tokenizer().encode(text).length;
    }

    @Override
    public int promptTokens(String userText) {
        return runtime.prompt(request(userText, 1), List.of()).ids().length;
    }

    @Override
    public String generate(String userText, int maxNewTokens, IntConsumer tokens)
            throws ModelException, InterruptedException {
        lock.lockInterruptibly();
        try {
            int[] n = {0};
            GenerationResult r = runtime.generate(request(userText, maxNewTokens), (id, text) -> tokens.accept(++n[0]),
                    new Cancellation());
            if (r.stop() == GenerationResult.Stop.CANCELLED || Thread.interrupted()) {
                throw new InterruptedException("summary cancelled");
            }
            return r.text();
        } finally {
            lock.unlock();
        }
    }

    private static MllmRequest request(String userText, int maxNewTokens) {
        return new MllmRequest(List.of(new Part.Text(userText)), List.of(), GenerationOptions.greedy(maxNewTokens),
                FeatureTransform.IDENTITY, false);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
