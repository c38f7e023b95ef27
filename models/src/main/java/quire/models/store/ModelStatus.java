package quire.models.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One row of {@code quire models list} (cli.md: {@code {"id","installed","precision","path","size_bytes"}}).
 * An installed model has one row per installed precision with its folder and bytes on disk; a model not installed
 * has one row with the default precision, {@code path} null and the approximate download size.
 */
@JsonPropertyOrder({"id", "installed", "precision", "path", "size_bytes"})
public record ModelStatus(
        @JsonProperty("id") String id,
        @JsonProperty("installed") boolean installed,
        @JsonProperty("precision") String precision,
        @JsonProperty("path") String path,
        @JsonProperty("size_bytes") Long sizeBytes) {
}
