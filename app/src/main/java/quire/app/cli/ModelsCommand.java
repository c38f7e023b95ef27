package quire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.Precision;
import quire.models.store.ModelStore;

/**
 * {@code quire models list|pull|import|verify|remove}: the local model cache (cli.md). The cache folder is
 * {@code QUIRE_MODELS} (or the user data folder), the hub {@code QUIRE_HUB_URL} (or the public hub).
 */
@Command(name = "models",
        description = "List, download, import, verify and remove the multimodal models.",
        subcommands = {ModelsListCommand.class, ModelsPullCommand.class, ModelsImportCommand.class,
            ModelsVerifyCommand.class, ModelsRemoveCommand.class})
public final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("quire: models needs a subcommand: list, pull ID, import DIR, verify ID or remove ID");
        spec.commandLine().usage(err);
        return ExitCode.USAGE;
    }

    /** The store the commands work on, from the environment; one place so tests can point it elsewhere. */
    static ModelStore store() {
        return ModelStore.openDefault();
    }

    /** The catalog model of an id, or a usage error (exit 2) that lists the ids. */
    static CatalogModel model(ModelStore store, String id) throws UsageException {
        return store.catalog().find(id).orElseThrow(() -> new UsageException("unknown model '" + id
                + "'; known ids: " + String.join(", ", store.catalog().ids())));
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Parses {@code --precision}: fp32, q8, q4, fp16, q4f16. */
    public static final class PrecisionConverter implements ITypeConverter<Precision> {
        @Override
        public Precision convert(String value) {
            return Precision.parse(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown precision '" + value + "' (use fp32, q8, q4, fp16 or q4f16)"));
        }
    }
}
