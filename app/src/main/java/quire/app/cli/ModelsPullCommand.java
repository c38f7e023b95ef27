package quire.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.Precision;
import quire.models.download.DownloadProgress;
import quire.models.download.ProgressListener;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStatus;
import quire.models.store.ModelStore;

/**
 * {@code quire models pull ID}: downloads and verifies a model, with a progress bar on stderr. Ctrl+C stops it;
 * the partial files stay and the same command resumes them.
 */
@Command(name = "pull", description = "Download a model from the hub, verify it and install it.")
final class ModelsPullCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Model id: smolvlm-256m, smolvlm-500m or granite-docling-258m.")
    String id;

    @Option(names = "--precision", converter = ModelsCommand.PrecisionConverter.class,
            description = "fp32, q8, q4 (CPU) or fp16, q4f16 (GPU); default q8.")
    Precision precision;

    @Option(names = "--json", description = "Print the installed model as a JSON object.")
    boolean json;

    @Option(names = "--no-progress", negatable = true, description = "Show a progress bar on stderr (default).")
    boolean progress = true;

    @Override
    public Integer call() throws Exception {
        ModelStore store = ModelsCommand.store();
        CatalogModel model = ModelsCommand.model(store, id);
        Precision p = precision != null ? precision : store.catalog().defaultPrecision();
        if (!model.supports(p)) {
            throw new UsageException(id + " has no " + p + " export; available: " + model.supportedPrecisions());
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<InstalledModel> existing = store.find(id, p);
        InstalledModel installed;
        if (existing.isPresent()) {
            installed = existing.get();
            spec.commandLine().getErr().println("quire: " + id + " (" + p + ") is already installed");
        } else {
            installed = download(store, p);
        }
        if (json) {
            out.println(ModelsCommand.json().writeValueAsString(new ModelStatus(installed.id(), true,
                    installed.precision().id(), installed.dir().toString(), installed.sizeBytes())));
        } else {
            out.println("installed " + id + " (" + p + ") at " + installed.dir() + " ("
                    + ModelsCommand.mb(installed.sizeBytes()) + ")");
        }
        out.flush();
        return ExitCode.OK;
    }

    private InstalledModel download(ModelStore store, Precision p) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        // Ctrl+C ends the JVM; what reached the .part files stays, so say how to resume
        Thread hook = new Thread(() -> {
            if (running.get()) {
                System.err.println();
                System.err.println("quire: download stopped; run 'quire models pull " + id + "' again to resume");
            }
        }, "quire-pull-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressBar bar = progress ? new ProgressBarBuilder()
                .setTaskName(id + " " + p)
                .setInitialMax(-1)
                .setUnit(" MB", 1_000_000)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(110)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build() : null;
        try {
            return store.pull(id, p, bar == null ? ProgressListener.NONE : new BarListener(bar));
        } finally {
            running.set(false);
            if (bar != null) {
                bar.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs or ran already
            }
        }
    }

    /** Feeds download progress into the bar (called from the HTTP client's threads, one at a time). */
    private static final class BarListener implements ProgressListener {
        private final ProgressBar bar;
        private String file = "";

        BarListener(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void progress(DownloadProgress p) {
            if (p.total() > 0 && bar.getMax() != p.total()) {
                bar.maxHint(p.total());
            }
            bar.stepTo(Math.max(0, p.bytes()));
            if (!p.file().equals(file)) {
                file = p.file();
                bar.setExtraMessage(file.substring(file.lastIndexOf('/') + 1));
            }
        }
    }
}
