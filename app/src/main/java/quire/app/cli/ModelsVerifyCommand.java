package quire.app.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quire.models.ModelException;
import quire.models.catalog.Precision;
import quire.models.store.ModelStore;
import quire.models.store.VerifyReport;

/** {@code quire models verify ID}: rehashes the installed files against the manifest; exit 4 when any differ. */
@Command(name = "verify", description = "Rehash an installed model's files; exit code 4 when any is missing or changed.")
final class ModelsVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Model id, e.g. smolvlm-256m.")
    String id;

    @Option(names = "--precision", converter = ModelsCommand.PrecisionConverter.class,
            description = "Verify only this precision (default: every installed one).")
    Precision precision;

    @Option(names = "--json", description = "Print [{\"id\",\"precision\",\"path\",\"ok\",\"problems\":[...]}].")
    boolean json;

    record Row(@JsonProperty("id") String id, @JsonProperty("precision") String precision,
               @JsonProperty("path") String path, @JsonProperty("ok") boolean ok,
               @JsonProperty("files") int files, @JsonProperty("problems") List<VerifyReport.FileCheck> problems) {
    }

    @Override
    public Integer call() throws Exception {
        ModelStore store = ModelsCommand.store();
        ModelsCommand.model(store, id);
        List<VerifyReport> reports = store.verify(id, precision);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ModelsCommand.json().writeValueAsString(reports.stream().map(r -> new Row(r.id(),
                    r.precision(), r.dir().toString(), r.ok(), r.files().size(), r.problems())).toList()));
        } else {
            for (VerifyReport r : reports) {
                out.println(r.id() + " (" + r.precision() + "): " + (r.ok() ? "ok, " + r.files().size()
                        + " files verified" : r.problems().size() + " of " + r.files().size() + " files bad"));
                r.problems().forEach(p -> out.println("  " + p.path() + ": " + p.detail()));
            }
        }
        out.flush();
        List<VerifyReport> bad = reports.stream().filter(r -> !r.ok()).toList();
        if (!bad.isEmpty()) {
            throw new ModelException(id + " (" + bad.get(0).precision() + ") is corrupt: "
                    + bad.get(0).problems().size() + " file(s) missing or changed; run: quire models remove " + id
                    + " && quire models pull " + id);
        }
        return ExitCode.OK;
    }
}
