package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.pipeline.summarize.DocSummary;
import quire.pipeline.summarize.KeySentence;
import quire.pipeline.summarize.SummaryProgress;

/** The summarize progress bar shows files done of total, pages per second, the ETA and the model's step. */
class SummarizeProgressTest {

    static DocSummary doc(String file, int pages) {
        return new DocSummary(file, "ab", 10, "2026-01-01T00:00:00Z", "T", pages, "extractive",
                List.of(new KeySentence("A sentence here.", 1)), List.of(), List.of(), List.of(), List.of(),
                List.of(), DocSummary.OK, null);
    }

    @Test
    void barShowsFilesPagesPerSecondEtaAndTheStepInFlight() throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try (SummarizeProgress p = new SummarizeProgress(false)) {
                p.started(4);
                p.finished(doc("in/a.pdf", 3), false);
                Thread.sleep(300);
                p.progress("in/b.pdf", new SummaryProgress.Tokens("map 2/3", 17));
                // the bar redraws every 250 ms on its own thread (the first draw waits for the terminal probe)
                long deadline = System.nanoTime() + 15_000_000_000L;
                while (!err.toString(StandardCharsets.UTF_8).contains("map 2/3") && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                String mid = err.toString(StandardCharsets.UTF_8);
                assertThat(mid).contains("1/4").contains("pages/s").contains("b.pdf: map 2/3")
                        .containsPattern("\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d"); // elapsed / ETA
                p.finished(doc("in/b.pdf", 2), false);
            }
        } finally {
            System.setErr(old);
        }
        String out = err.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("2/4");
    }
}
