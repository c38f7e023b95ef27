package quire.models.download;

/**
 * One file to fetch from the hub.
 *
 * @param repo           {@code owner/name}
 * @param revision       commit hash or branch
 * @param path           path inside the repository
 * @param expectedSha256 the SHA-256 pinned by the catalog, or null to trust the hash the hub reports
 */
public record FileRequest(String repo, String revision, String path, String expectedSha256) {

    /** For messages: {@code owner/name@rev:path}. */
    public String describe() {
        String rev = revision.length() > 12 ? revision.substring(0, 12) : revision;
        return repo + "@" + rev + ":" + path;
    }
}
