package quire.pipeline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quire.models.mllm.Precision;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;

/**
 * The map-reduce summariser on a real ONNX Runtime session of the tiny random-weight Idefics3 fixture. Its text is
 * noise, so the assertions are about structure: chunk and prompt budgets (re-counted with the model's tokenizer),
 * one map per chunk, reduce levels, the engine name, and how fast a cancel stops it.
 */
class MapReduceSummarizerIT {

    static final Path MODEL = Path.of(System.getProperty("quire.root", ".."), "models/src/test/resources/tiny-idefics3");

    static OnnxSessionFactory factory;
    static MllmTextGenerator model;

    @BeforeAll
    static void open() throws Exception {
        factory = new OnnxSessionFactory(SessionSettings.fromSystemProperties());
        model = MllmTextGenerator.open(MODEL, Precision.FP32, factory, "tiny-idefics3");
    }

    @AfterAll
    static void close() {
        model.close();
        factory.close();
    }

    static List<String> pages(int n) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            out.add("Quarterly review, part " + p + "\nRevenue on page " + p + " rose to " + (p * 37) + " million. "
                    + "Costs were flat at " + (p * 11) + " million while staff grew by " + p + "%. "
                    + "The outlook for the region remains stable according to the board.");
        }
        return out;
    }

    @Test
    void mapsEveryChunkWithinBudgetThenReducesToOneSummaryWithPages() throws Exception {
        MapReduceSummarizer s = new MapReduceSummarizer(model, new MapReduceSummarizer.Settings(600, 12));
        List<SummaryProgress> events = new CopyOnWriteArrayList<>();
        List<String> pageTexts = pages(8);

        List<KeySentence> summary = s.summarize(pageTexts, events::add);

        assertThat(s.engine()).isEqualTo("mllm:tiny-idefics3");
        SummaryProgress.Planned plan = (SummaryProgress.Planned) events.get(0);
        TokenCounter tokenizer = model.counter();
        assertThat(plan.chunks()).hasSizeGreaterThan(2).allSatisfy(c -> {
            assertThat(tokenizer.count(c.text())).isEqualTo(c.tokens()).isLessThanOrEqualTo(plan.chunkBudget());
        });
        assertThat(plan.promptLimit()).isEqualTo(600);
        List<SummaryProgress.Mapped> maps = events.stream().filter(e -> e instanceof SummaryProgress.Mapped)
                .map(e -> (SummaryProgress.Mapped) e).toList();
        assertThat(maps).hasSize(plan.chunks().size())
                .allSatisfy(m -> assertThat(m.promptTokens()).isLessThanOrEqualTo(plan.promptLimit()));
        List<SummaryProgress.Reduced> reduces = events.stream().filter(e -> e instanceof SummaryProgress.Reduced)
                .map(e -> (SummaryProgress.Reduced) e).toList();
        assertThat(reduces).isNotEmpty()
                .allSatisfy(r -> assertThat(r.promptTokens()).isLessThanOrEqualTo(plan.promptLimit()))
                .allSatisfy(r -> assertThat(r.inputs()).isGreaterThan(1));
        SummaryProgress.Reduced lastLevel = reduces.get(reduces.size() - 1);
        assertThat(lastLevel.of()).isEqualTo(1); // the last level combines everything into one
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(SummaryProgress.Tokens.class));
        assertThat(events.stream().filter(e -> e instanceof SummaryProgress.Tokens)
                .mapToInt(e -> ((SummaryProgress.Tokens) e).generated()).max().orElse(0)).isLessThanOrEqualTo(12);
        assertThat(summary).allSatisfy(k -> assertThat(k.page()).isBetween(1, 8));
    }

    @Test
    void aShortDocumentIsOneMapAndNoReduce() throws Exception {
        MapReduceSummarizer s = new MapReduceSummarizer(model, new MapReduceSummarizer.Settings(2048, 8));
        List<SummaryProgress> events = new CopyOnWriteArrayList<>();
        s.summarize(pages(2), events::add);
        assertThat(events.stream().filter(e -> e instanceof SummaryProgress.Mapped)).hasSize(1);
        assertThat(events.stream().filter(e -> e instanceof SummaryProgress.Reduced)).isEmpty();
        assertThat(s.summarize(List.of("", " "), events::add)).isEmpty();
    }

    @Test
    void anInterruptStopsTheSummaryWithinASecond() throws Exception {
        MapReduceSummarizer s = new MapReduceSummarizer(model, new MapReduceSummarizer.Settings(3000, 1000));
        CountDownLatch generating = new CountDownLatch(1);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                s.summarize(pages(60), e -> {
                    if (e instanceof SummaryProgress.Tokens t && t.generated() >= 3) {
                        generating.countDown();
                    }
                });
                ended.set(new AssertionError("finished without being cancelled"));
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        worker.start();
        assertThat(generating.await(60, TimeUnit.SECONDS)).as("generation started").isTrue();
        long t0 = System.nanoTime();
        worker.interrupt();
        worker.join(5000);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(worker.isAlive()).as("still running after the interrupt").isFalse();
        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        assertThat(ms).isLessThan(1000);
    }
}
