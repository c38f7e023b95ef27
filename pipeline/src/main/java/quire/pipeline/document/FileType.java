package quire.pipeline.document;

import java.util.Optional;

/** The document formats Quire opens, told apart by their magic bytes (never by the file name). */
public enum FileType {
    PDF("pdf"), PNG("png"), JPEG("jpeg"), TIFF("tiff");

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int SNIFF_BYTES = 1024;

    private final String label;

    FileType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type whose signature starts {@code head} (a PDF header may follow up to 1 KiB of junk, as readers allow). */
    public static Optional<FileType> sniff(byte[] head, int length) {
        if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, 'I', 'I', 42, 0) || startsWith(head, length, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        byte[] pdf = {'%', 'P', 'D', 'F', '-'};
        outer:
        for (int i = 0; i + pdf.length <= length; i++) {
            for (int j = 0; j < pdf.length; j++) {
                if (head[i + j] != pdf[j]) {
                    continue outer;
                }
            }
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
