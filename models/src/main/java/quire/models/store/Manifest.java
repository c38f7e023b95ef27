package quire.models.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code quire-model.json}, written last into a model folder: the folder counts as installed only when it exists.
 * It lists every file with its size and SHA-256, so {@code verify} can rehash without the network.
 *
 * @param source   "hub" or "import"
 * @param revision the commit the files came from (the hub's {@code X-Repo-Commit} when reported), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
        @JsonProperty("id") String id,
        @JsonProperty("repo") String repo,
        @JsonProperty("revision") String revision,
        @JsonProperty("precision") String precision,
        @JsonProperty("source") String source,
        @JsonProperty("installed_at") String installedAt,
        @JsonProperty("files") List<Entry> files) {

    public static final String FILE_NAME = "quire-model.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One file of the folder, path relative to it with '/' separators. */
    public record Entry(@JsonProperty("path") String path, @JsonProperty("size") long size,
                        @JsonProperty("sha256") String sha256) {
    }

    public long totalSize() {
        return files.stream().mapToLong(Entry::size).sum();
    }

    public static Manifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE_NAME).toFile(), Manifest.class);
    }

    public void write(Path dir) throws IOException {
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, dir.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
