package quire.models.download;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import quire.models.catalog.CatalogFile;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.Precision;

/** Made-up contents for every file of a catalog model: valid JSON configs, random bytes for the graphs. */
public final class FakeModels {

    private FakeModels() {
    }

    /** The files of {@code model} in {@code precision}; graphs get {@code graphBytes} random bytes each. */
    public static Map<String, byte[]> contents(CatalogModel model, Precision precision, int graphBytes) {
        Random random = new Random(model.id().hashCode() * 31L + precision.ordinal());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (CatalogFile f : model.files(precision)) {
            String p = f.path();
            if (p.equals("config.json")) {
                files.put(p, ("{\"model_type\":\"idefics3\",\"text_config\":{\"vocab_size\":" + model.vocabSize()
                        + ",\"hidden_size\":" + model.hiddenSize() + "}}").getBytes(StandardCharsets.UTF_8));
            } else if (p.endsWith(".json")) {
                files.put(p, ("{\"file\":\"" + p + "\"}").getBytes(StandardCharsets.UTF_8));
            } else if (p.endsWith(".jinja")) {
                files.put(p, "{{ messages }}".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] b = new byte[graphBytes + random.nextInt(1000)];
                random.nextBytes(b);
                files.put(p, b);
            }
        }
        return files;
    }

    /** Serves the files on the fake hub under the model's repository and revision. */
    public static Map<String, byte[]> serve(FakeHub hub, CatalogModel model, Precision precision, int graphBytes) {
        Map<String, byte[]> files = contents(model, precision, graphBytes);
        files.forEach((path, bytes) -> hub.put(model.repo(), model.revision(), path, bytes));
        return files;
    }

    /** Writes the files into a folder, as a user's own copy of the model would be. */
    public static Map<String, byte[]> writeFolder(Path dir, CatalogModel model, Precision precision, int graphBytes)
            throws IOException {
        Map<String, byte[]> files = contents(model, precision, graphBytes);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        return files;
    }
}
