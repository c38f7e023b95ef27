package quire.pipeline.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import quire.pipeline.document.DocumentException.Reason;

/**
 * Opens PDFs and images as {@link Document}s. The type comes from the file's first bytes; every way a file can be
 * unreadable becomes a {@link DocumentException} whose message says what to do.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Opens {@code file}.
     *
     * @param password the PDF's user or owner password, or null
     */
    public static Document open(Path file, String password) throws DocumentException {
        FileType type = detect(file);
        return switch (type) {
            case PDF -> PdfDocument.open(file, password);
            case PNG, JPEG, TIFF -> ImageDocument.open(file, type);
        };
    }

    public static Document open(Path file) throws DocumentException {
        return open(file, null);
    }

    /** Checks that {@code file} is a readable, non-empty file and returns its type by magic bytes. */
    public static FileType detect(Path file) throws DocumentException {
        if (!Files.exists(file)) {
            throw new DocumentException(Reason.MISSING, file + ": no such file; check the path");
        }
        if (Files.isDirectory(file)) {
            throw new DocumentException(Reason.DIRECTORY, file + ": is a directory; give a PDF or image file");
        }
        if (!Files.isReadable(file)) {
            throw new DocumentException(Reason.UNREADABLE, file + ": permission denied; make the file readable");
        }
        byte[] head = new byte[FileType.SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException e) {
            throw new DocumentException(Reason.UNREADABLE, file + ": permission denied; make the file readable", e);
        } catch (IOException e) {
            throw new DocumentException(Reason.UNREADABLE, file + ": cannot be read (" + e.getMessage()
                    + "); check the file and the disk", e);
        }
        if (n == 0) {
            throw new DocumentException(Reason.EMPTY, file + ": the file is empty; give a PDF or image with content");
        }
        return FileType.sniff(head, n).orElseThrow(() -> new DocumentException(Reason.NOT_A_DOCUMENT,
                file + ": not a PDF, PNG, JPEG or TIFF file; give a document Quire can read"));
    }
}
