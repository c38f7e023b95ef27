package quire.models.download;

/**
 * What the hub says about a file before it is downloaded (from a HEAD request on its resolve URL).
 *
 * @param size    bytes ({@code X-Linked-Size} or {@code Content-Length}), or -1 when not reported
 * @param sha256  the SHA-256 the hub reports for an LFS file ({@code X-Linked-Etag}), or null
 * @param gitSha1 the git blob id the hub reports as {@code ETag} for a small, non-LFS file, or null
 * @param commit  the commit the revision resolved to ({@code X-Repo-Commit}), or null
 */
public record RemoteFile(FileRequest request, long size, String sha256, String gitSha1, String commit) {

    /** The SHA-256 the download must have: the catalog's when pinned, else the hub's (may be null). */
    public String expectedSha256() {
        return request.expectedSha256() != null ? request.expectedSha256() : sha256;
    }
}
