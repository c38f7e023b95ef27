package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.List;
import quire.app.viewer.task.Cancellation;

/** Batch summaries for the batch panel; the pipeline's summarize job plugs in here. */
public interface BatchService {

    enum Format {
        MARKDOWN("md"), HTML("html"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** @param useModel abstractive summaries with the installed model ({@link #summaryModel()}), if any */
    record Request(List<Path> files, Format format, Path out, boolean useModel) {
        public Request {
            files = List.copyOf(files);
        }

        public Request(List<Path> files, Format format, Path out) {
            this(files, format, out, false);
        }
    }

    /** The outcome for one file: summarised, or failed with a reason (one bad file never fails the batch). */
    sealed interface FileOutcome permits Summarised, Failed {
        Path file();
    }

    record Summarised(Path file, String title, int pages, String summary) implements FileOutcome {
    }

    record Failed(Path file, String reason) implements FileOutcome {
    }

    record Report(Path out, List<FileOutcome> outcomes, boolean cancelled) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Per-file events, called on the worker thread. */
    interface Listener {
        void progress(Path file, double done, double total);

        void finished(FileOutcome outcome);

        /** A step of a file's abstractive summary, e.g. "map 2/5, 40 tokens". */
        default void stage(Path file, String stage) {
        }

        /** Something the whole batch should say once (e.g. the model could not be loaded). */
        default void warning(String message) {
        }
    }

    /** The installed model a batch can summarise with, if any (its name for the panel). */
    default java.util.Optional<String> summaryModel() {
        return java.util.Optional.empty();
    }

    Report run(Request request, Listener listener, Cancellation cancellation) throws Exception;
}
