package quire.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quire.models.catalog.Precision;
import quire.models.store.ImportOptions;
import quire.models.store.InstalledModel;
import quire.models.store.ModelStatus;
import quire.models.store.ModelStore;

/** {@code quire models import DIR}: adopts a model folder the user already has (copied by default). */
@Command(name = "import", description = "Import a model folder you already have (configs, tokenizer.json, onnx/).")
final class ModelsImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The model folder.")
    Path dir;

    @Option(names = "--id", description = "Which catalog model it is (default: recognised from config.json).")
    String id;

    @Option(names = "--precision", converter = ModelsCommand.PrecisionConverter.class,
            description = "Which graphs to import: fp32, q8, q4, fp16, q4f16 (default: the first present of q8, q4, fp32).")
    Precision precision;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--link", description = "Hard-link the files instead of copying (same disk only).")
        boolean link;
        @Option(names = "--move", description = "Move the files instead of copying.")
        boolean move;
    }

    @Option(names = "--replace", description = "Replace an installed copy of the same model and precision.")
    boolean replace;

    @Option(names = "--json", description = "Print the installed model as a JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ModelStore store = ModelsCommand.store();
        if (id != null) {
            ModelsCommand.model(store, id);
        }
        ImportOptions.Mode m = mode.link ? ImportOptions.Mode.LINK
                : mode.move ? ImportOptions.Mode.MOVE : ImportOptions.Mode.COPY;
        InstalledModel model = store.importFolder(dir, new ImportOptions(id, precision, m, replace));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ModelsCommand.json().writeValueAsString(new ModelStatus(model.id(), true,
                    model.precision().id(), model.dir().toString(), model.sizeBytes())));
        } else {
            out.println("imported " + model.id() + " (" + model.precision() + ") into " + model.dir() + " ("
                    + ModelsCommand.mb(model.sizeBytes()) + ")");
        }
        out.flush();
        return ExitCode.OK;
    }
}
