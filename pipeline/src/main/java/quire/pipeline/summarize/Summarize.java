package quire.pipeline.summarize;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One {@code summarize} run: collect inputs, reuse or redo each file through the state folder, write the report.
 * On cancel the report is not written (the old one, if any, stays whole) and finished files stay in the state.
 */
public final class Summarize {

    private Summarize() {
    }

    /**
     * @param engine  names the summary engine in the state key ("extractive" or "mllm:ID")
     * @param onStart receives the job before it runs (for a shutdown hook that cancels it)
     */
    public static Outcome run(List<Path> inputs, Path out, int workers, String engine,
                              DocumentSummarizer summarizer, BatchListener listener, Consumer<BatchJob> onStart)
            throws ReportException {
        ReportFormat format = ReportFormat.of(out).orElseThrow(() -> new IllegalArgumentException(
                "--out must end in .md, .html or .json: " + out));
        StateStore state = StateStore.open(out, "engine=" + engine);
        Inputs collected = Inputs.collect(inputs, Set.of(out, state.dir()));
        List<String> displays = collected.files().stream().map(Path::toString).toList();
        BatchJob job = new BatchJob(summarizer, state, workers, listener);
        onStart.accept(job);
        BatchOutcome outcome = job.run(collected.files(), displays);
        if (outcome instanceof BatchOutcome.Cancelled c) {
            return new Outcome.Cancelled(c.documents().size(), c.remaining(), state.dir());
        }
        BatchOutcome.Completed done = (BatchOutcome.Completed) outcome;
        Report report = Report.of(done.documents(), done.keyTerms(), collected.warnings(), BatchJob.now());
        ReportWriter.write(report, format, out, state::thumbnails);
        return new Outcome.Written(report, done.reused(), out);
    }

    /** The end of a run. */
    public sealed interface Outcome {

        record Written(Report report, int reused, Path out) implements Outcome {
        }

        record Cancelled(int finished, int remaining, Path stateDir) implements Outcome {
        }
    }
}
