package quire.models.mllm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quire.models.mllm.image.ProcessedImage;
import quire.models.mllm.image.RgbImage;
import quire.models.mllm.prompt.ChatTemplate.Part;
import quire.models.onnx.ExecutionProvider;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

/** The generation loop on the tiny random-weight model (real ONNX Runtime sessions). */
class GenerationTest {

    static OnnxSessionFactory factory;
    static Idefics3Runtime runtime;
    static ProcessedImage small;
    static Set<Long> eos;

    @BeforeAll
    static void open() throws Exception {
        factory = new OnnxSessionFactory(new SessionSettings(ExecutionProvider.CPU, 0, 1));
        runtime = Idefics3Runtime.open(ModelFolder.open(Path.of("src/test/resources/tiny-idefics3"), Precision.FP32),
                factory);
        BufferedImage img = TestImages.smooth(512, 400);
        // a single 512² image without splitting keeps these tests quick
        small = new quire.models.mllm.image.Idefics3ImageProcessor(
                new quire.models.mllm.image.ImageProcessorConfig(512, 512, true, 1.0 / 255,
                        new float[] {.5f, .5f, .5f}, new float[] {.5f, .5f, .5f})).process(RgbImage.of(img));
        eos = Set.copyOf(runtime.folder().config().stopIds());
    }

    @AfterAll
    static void close() {
        runtime.close();
        factory.close();
    }

    @Test
    void streamsEveryTokenAndTheStreamAddsUpToTheAnswer() throws Exception {
        List<Long> ids = new ArrayList<>();
        StringBuilder streamed = new StringBuilder();
        GenerationResult r = runtime.generate(MllmRequest.ask(small, "Describe the chart.",
                GenerationOptions.greedy(20).suppressing(eos)), (id, text) -> {
                    ids.add(id);
                    streamed.append(text);
                }, new Cancellation());
        assertThat(r.tokens()).hasSize(20);
        assertThat(ids).containsExactlyElementsOf(java.util.Arrays.stream(r.tokens()).boxed().toList());
        assertThat(streamed.toString()).isEqualTo(r.text());
        assertThat(r.stop()).isEqualTo(GenerationResult.Stop.MAX_TOKENS);
        assertThat(r.timings().prefillMs()).isPositive();
        assertThat(r.timings().decodeTokens()).isEqualTo(19);
        assertThat(r.promptTokens()).isGreaterThan(64);
    }

    @Test
    void stopsAtAStopIdWithoutReturningItAsText() throws Exception {
        GenerationResult free = runtime.generate(MllmRequest.ask(small, "Describe the chart.",
                GenerationOptions.greedy(6).suppressing(eos)), TokenListener.NONE, new Cancellation());
        long third = free.tokens()[2];
        GenerationOptions stopAtThird = new GenerationOptions(6, 0, 1, 1, eos, Set.of(third), 0);
        GenerationResult r = runtime.generate(MllmRequest.ask(small, "Describe the chart.", stopAtThird),
                TokenListener.NONE, new Cancellation());
        assertThat(r.stop()).isEqualTo(GenerationResult.Stop.END_OF_SEQUENCE);
        assertThat(r.tokens()).hasSize(3);
        assertThat(r.text()).isEqualTo(runtime.tokenizer().decode(new long[] {free.tokens()[0], free.tokens()[1]}, true));
    }

    @Test
    void cancelStopsWithin200Milliseconds() throws Exception {
        Cancellation cancel = new Cancellation();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<GenerationResult> f = CompletableFuture.supplyAsync(() -> {
            try {
                return runtime.generate(MllmRequest.ask(small, "Describe.", GenerationOptions.greedy(7000)
                        .suppressing(eos)), (id, t) -> started.countDown(), cancel);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        cancel.cancel();
        GenerationResult r = f.get(5, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.stop()).isEqualTo(GenerationResult.Stop.CANCELLED);
        assertThat(ms).isLessThan(200);
        assertThat(r.tokens().length).isLessThan(7000);
    }

    @Test
    void cancelTerminatesTheOnnxCallInFlight() throws Exception {
        ProcessedImage big = runtime.preprocess(RgbImage.of(TestImages.smooth(1000, 800))); // 17 tiles
        Cancellation cancel = new Cancellation();
        CompletableFuture<GenerationResult> f = CompletableFuture.supplyAsync(() -> {
            try {
                return runtime.generate(MllmRequest.ask(big, "Describe.", GenerationOptions.greedy(5)
                        .suppressing(eos)), TokenListener.NONE, cancel);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(40); // inside the vision encoder run (hundreds of ms for 17 tiles)
        long t0 = System.nanoTime();
        cancel.cancel();
        GenerationResult r = f.get(5, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(200);
        assertThat(r.stop()).isEqualTo(GenerationResult.Stop.CANCELLED);
        assertThat(r.tokens()).isEmpty();
    }

    @Test
    void interruptingTheThreadCancelsToo() throws Exception {
        AtomicReference<GenerationResult> result = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                result.set(runtime.generate(MllmRequest.ask(small, "Describe.", GenerationOptions.greedy(7000)
                        .suppressing(eos)), (id, s) -> started.countDown(), new Cancellation()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        t.interrupt();
        t.join(5000);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(200);
        assertThat(result.get().stop()).isEqualTo(GenerationResult.Stop.CANCELLED);
    }

    @Test
    void tokenMergerHalvesImageTokensAndThePromptFollows() throws Exception {
        FeatureTransform pairMean = f -> {
            int h = f.hidden();
            int[] counts = java.util.Arrays.stream(f.tokensPerTile()).map(c -> c / 2).toArray();
            float[] out = new float[f.tokens() / 2 * h];
            for (int row = 0; row < f.tokens() / 2; row++) {
                for (int k = 0; k < h; k++) {
                    out[row * h + k] = (f.data()[2 * row * h + k] + f.data()[(2 * row + 1) * h + k]) / 2;
                }
            }
            return new ImageFeatures(out, counts, h, f.rows(), f.cols());
        };
        MllmRequest plain = MllmRequest.ask(small, "Describe.", GenerationOptions.greedy(4).suppressing(eos));
        GenerationResult full = runtime.generate(plain, TokenListener.NONE, new Cancellation());
        GenerationResult merged = runtime.generate(plain.withTransform(pairMean), TokenListener.NONE, new Cancellation());
        long image = runtime.folder().config().imageTokenId();
        assertThat(count(full.promptIds(), image)).isEqualTo(64);
        assertThat(count(merged.promptIds(), image)).isEqualTo(32);
        assertThat(merged.tokens()).hasSize(4);
    }

    @Test
    void preCutTilesGiveTheSameAnswerAsTheProcessor() throws Exception {
        ProcessedImage grid = runtime.preprocess(RgbImage.of(TestImages.smooth(900, 500)));
        int n = 3 * 512 * 512;
        List<float[]> tiles = new ArrayList<>();
        for (int i = 0; i < grid.tiles(); i++) {
            tiles.add(java.util.Arrays.copyOfRange(grid.pixels(), i * n, (i + 1) * n));
        }
        ProcessedImage preCut = ProcessedImage.fromTiles(tiles, grid.rows(), grid.cols(), 512);
        GenerationOptions o = GenerationOptions.greedy(5).suppressing(eos);
        GenerationResult a = runtime.generate(MllmRequest.ask(grid, "What?", o), TokenListener.NONE, new Cancellation());
        GenerationResult b = runtime.generate(MllmRequest.ask(preCut, "What?", o), TokenListener.NONE, new Cancellation());
        assertThat(b.tokens()).containsExactly(a.tokens());
        assertThat(b.promptIds()).containsExactly(a.promptIds());
    }

    @Test
    void extraTextSuchAsOcrGoesIntoThePromptAndChangesTheAnswer() throws Exception {
        GenerationOptions o = GenerationOptions.greedy(8).suppressing(eos);
        MllmRequest withOcr = new MllmRequest(List.of(new Part.Image(),
                new Part.Text("OCR text: total revenue 2019 4.2 million\n"), new Part.Text("What is the total?")),
                List.of(small), o, FeatureTransform.IDENTITY, false);
        GenerationResult r = runtime.generate(withOcr, TokenListener.NONE, new Cancellation());
        GenerationResult plain = runtime.generate(MllmRequest.ask(small, "What is the total?", o),
                TokenListener.NONE, new Cancellation());
        String prompt = runtime.tokenizer().decode(r.promptIds(), false);
        assertThat(prompt).contains("OCR text: total revenue 2019 4.2 million\nWhat is the total?<end_of_utterance>");
        assertThat(r.promptTokens()).isGreaterThan(plain.promptTokens());
    }

    @Test
    void samplingIsSeededAndDiffersFromGreedy() throws Exception {
        GenerationOptions s = GenerationOptions.greedy(12).suppressing(eos).sampling(1.5, 0.95, 42);
        GenerationResult a = runtime.generate(MllmRequest.ask(small, "What?", s), TokenListener.NONE, new Cancellation());
        GenerationResult b = runtime.generate(MllmRequest.ask(small, "What?", s), TokenListener.NONE, new Cancellation());
        GenerationResult g = runtime.generate(MllmRequest.ask(small, "What?", GenerationOptions.greedy(12)
                .suppressing(eos)), TokenListener.NONE, new Cancellation());
        assertThat(a.tokens()).containsExactly(b.tokens());
        assertThat(a.tokens()).isNotEqualTo(g.tokens());
    }

    @Test
    void promptOverTheContextIsAModelError() {
        String huge = "word ".repeat(9000);
        assertThatThrownBy(() -> runtime.generate(MllmRequest.ask(small, huge, GenerationOptions.greedy(4)),
                TokenListener.NONE, new Cancellation())).isInstanceOf(quire.models.ModelException.class)
                .hasMessageContaining("context");
    }

    private static long count(long[] ids, long id) {
        return java.util.Arrays.stream(ids).filter(i -> i == id).count();
    }
}
