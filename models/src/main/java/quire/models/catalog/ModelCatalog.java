package quire.models.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models Quire knows how to download, read from the resource {@code quire/models/catalog/catalog.json}.
 * Facts and their sources: docs/decisions/0002-model-downloads.md.
 */
public final class ModelCatalog {

    static final String RESOURCE = "/quire/models/catalog/catalog.json";

    private final Map<String, CatalogModel> models;
    private final Precision defaultPrecision;

    private ModelCatalog(Map<String, CatalogModel> models, Precision defaultPrecision) {
        this.models = models;
        this.defaultPrecision = defaultPrecision;
    }

    /** The catalog shipped with Quire. */
    public static ModelCatalog builtIn() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a catalog in the JSON shape of {@code catalog.json} (tests use their own). */
    public static ModelCatalog read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Json doc = mapper.readValue(json, Json.class);
        Precision fallback = Precision.parse(doc.defaultPrecision).orElse(Precision.DEFAULT);
        Map<String, CatalogModel> byId = new LinkedHashMap<>();
        for (JsonModel m : doc.models) {
            Map<Precision, List<CatalogFile>> precisions = new EnumMap<>(Precision.class);
            for (Map.Entry<String, JsonPrecision> e : m.precisions.entrySet()) {
                Precision p = Precision.parse(e.getKey()).orElseThrow(() -> new IOException(
                        "unknown precision '" + e.getKey() + "' in catalog model " + m.id));
                precisions.put(p, List.copyOf(e.getValue().files));
            }
            if (byId.put(m.id, new CatalogModel(m.id, m.repo, m.revision, m.revisionPinned, m.license,
                    m.description, m.vocabSize, m.hiddenSize, m.externalData, m.commonFiles, precisions)) != null) {
                throw new IOException("catalog lists model '" + m.id + "' twice");
            }
        }
        return new ModelCatalog(Collections.unmodifiableMap(byId), fallback);
    }

    public Optional<CatalogModel> find(String id) {
        return Optional.ofNullable(id == null ? null : models.get(id.strip()));
    }

    /** All models, in catalog order. */
    public List<CatalogModel> models() {
        return List.copyOf(models.values());
    }

    /** All ids, in catalog order. */
    public List<String> ids() {
        return List.copyOf(models.keySet());
    }

    /** The precision to use when the user names none. */
    public Precision defaultPrecision() {
        return defaultPrecision;
    }

    /** The JSON document, as Jackson binds it. */
    private record Json(
            @JsonProperty("default_precision") String defaultPrecision,
            @JsonProperty("models") List<JsonModel> models) {
    }

    private record JsonModel(
            @JsonProperty("id") String id,
            @JsonProperty("repo") String repo,
            @JsonProperty("revision") String revision,
            @JsonProperty("revision_pinned") boolean revisionPinned,
            @JsonProperty("license") String license,
            @JsonProperty("description") String description,
            @JsonProperty("vocab_size") int vocabSize,
            @JsonProperty("hidden_size") int hiddenSize,
            @JsonProperty("external_data") boolean externalData,
            @JsonProperty("common_files") List<CatalogFile> commonFiles,
            @JsonProperty("precisions") Map<String, JsonPrecision> precisions) {
    }

    private record JsonPrecision(@JsonProperty("files") List<CatalogFile> files) {
    }
}
