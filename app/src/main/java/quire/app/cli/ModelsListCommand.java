package quire.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quire.models.store.ModelStatus;
import quire.models.store.ModelStore;

/** {@code quire models list [--json]}: every catalog model, installed or not. */
@Command(name = "list", description = "List the known models and which are installed.")
final class ModelsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print [{\"id\",\"installed\",\"precision\",\"path\",\"size_bytes\"}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ModelStore store = ModelsCommand.store();
        List<ModelStatus> rows = store.list();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ModelsCommand.json().writeValueAsString(rows));
        } else {
            out.printf("%-22s %-9s %-9s %-10s %s%n", "ID", "INSTALLED", "PRECISION", "SIZE", "PATH");
            for (ModelStatus r : rows) {
                String size = r.sizeBytes() == null ? "?" : (r.installed() ? "" : "~") + ModelsCommand.mb(r.sizeBytes());
                out.printf("%-22s %-9s %-9s %-10s %s%n", r.id(), r.installed() ? "yes" : "no", r.precision(), size,
                        r.path() == null ? "-" : r.path());
            }
            out.println();
            out.println("models folder: " + store.root());
        }
        out.flush();
        return ExitCode.OK;
    }
}
