package quire.models.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One file of a model repository.
 *
 * @param path       path inside the repository, '/'-separated (also its path inside the installed folder)
 * @param approxSize bytes as the hub lists them (rounded), or null when unknown; only for estimates
 * @param sha256     the pinned SHA-256 (the git-lfs oid) in lower-case hex, or null when not known in advance
 * @param optional   true when a model still works without it (a 404 for it is skipped, not an error)
 */
public record CatalogFile(
        @JsonProperty("path") String path,
        @JsonProperty("approx_size") Long approxSize,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("optional") boolean optional) {
}
