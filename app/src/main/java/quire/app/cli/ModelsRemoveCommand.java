package quire.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quire.models.catalog.Precision;
import quire.models.store.ModelStore;

/** {@code quire models remove ID}: deletes a model's folders and any unfinished download. */
@Command(name = "remove", description = "Delete an installed model (all precisions unless --precision).")
final class ModelsRemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Model id, e.g. smolvlm-256m.")
    String id;

    @Option(names = "--precision", converter = ModelsCommand.PrecisionConverter.class,
            description = "Remove only this precision.")
    Precision precision;

    @Override
    public Integer call() throws Exception {
        ModelStore store = ModelsCommand.store();
        ModelsCommand.model(store, id);
        List<Path> removed = store.remove(id, precision);
        PrintWriter out = spec.commandLine().getOut();
        if (removed.isEmpty()) {
            out.println(id + (precision == null ? "" : " (" + precision + ")") + " was not installed");
        }
        removed.forEach(p -> out.println("removed " + p));
        out.flush();
        return ExitCode.OK;
    }
}
