package quire.models.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, and the git blob id the hub uses as the ETag of small files. */
public final class Digests {

    private Digests() {
    }

    public static String sha256(Path file) throws IOException {
        return hex(digest(file, "SHA-256", null));
    }

    /** git's blob id: SHA-1 over {@code "blob <size>\0"} followed by the content. */
    public static String gitBlobSha1(Path file) throws IOException {
        byte[] header = ("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII);
        return hex(digest(file, "SHA-1", header));
    }

    public static boolean isHex(String s, int length) {
        return s != null && s.length() == length && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static byte[] digest(Path file, String algorithm, byte[] prefix) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
        if (prefix != null) {
            md.update(prefix);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
