package quire.models.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.models.catalog.CatalogFile;
import quire.models.catalog.CatalogModel;
import quire.models.catalog.ModelCatalog;
import quire.models.catalog.Precision;

/** Checks that a folder has what a model needs (mllm-runtime.md, "Files of a model folder"). */
final class ModelLayout {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelLayout() {
    }

    /** Precisions whose three graphs all exist in {@code dir}, in {@link Precision#PREFERENCE} order. */
    static List<Precision> precisionsIn(Path dir) {
        List<Precision> found = new ArrayList<>();
        for (Precision p : Precision.PREFERENCE) {
            if (CatalogModel.GRAPHS.stream().allMatch(g -> Files.isRegularFile(dir.resolve(p.graphPath(g))))) {
                found.add(p);
            }
        }
        return found;
    }

    /** What is wrong with {@code dir} as a folder of {@code model} in {@code precision}; empty when fine. */
    static List<String> problems(Path dir, CatalogModel model, Precision precision) {
        List<String> problems = new ArrayList<>();
        for (CatalogFile f : model.files(precision)) {
            Path p = dir.resolve(f.path());
            if (!Files.isRegularFile(p)) {
                if (!f.optional()) {
                    problems.add("missing " + f.path());
                }
                continue;
            }
            problems.addAll(fileProblems(p, f.path()));
        }
        return problems;
    }

    /** The checks for a folder the catalog does not describe: configs, tokenizer and the three graphs. */
    static List<String> genericProblems(Path dir, Precision precision) {
        List<String> problems = new ArrayList<>();
        List<String> needed = new ArrayList<>(List.of("config.json", "tokenizer.json"));
        CatalogModel.GRAPHS.forEach(g -> needed.add(precision.graphPath(g)));
        for (String rel : needed) {
            Path p = dir.resolve(rel);
            if (!Files.isRegularFile(p)) {
                problems.add("missing " + rel);
            } else {
                problems.addAll(fileProblems(p, rel));
            }
        }
        return problems;
    }

    private static List<String> fileProblems(Path p, String rel) {
        try {
            if (Files.size(p) == 0) {
                return List.of(rel + " is empty");
            }
            if (rel.endsWith(".json")) {
                try (InputStream in = Files.newInputStream(p)) {
                    JSON.readTree(in);
                }
            }
            return List.of();
        } catch (IOException e) {
            return List.of(rel + " is unreadable or not valid JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    /** The catalog model whose text vocabulary and hidden sizes match the folder's {@code config.json}. */
    static Optional<CatalogModel> identify(Path dir, ModelCatalog catalog) {
        Path config = dir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(config.toFile());
            JsonNode text = root.path("text_config");
            int vocab = text.path("vocab_size").asInt(root.path("vocab_size").asInt(-1));
            int hidden = text.path("hidden_size").asInt(root.path("hidden_size").asInt(-1));
            List<CatalogModel> matches = catalog.models().stream()
                    .filter(m -> m.vocabSize() == vocab && m.hiddenSize() == hidden).toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
