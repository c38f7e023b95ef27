package quire.pipeline.document;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import quire.pipeline.document.DocumentException.Reason;

/** Loads a PDF with PDFBox and turns its failures into {@link DocumentException}s a user can act on. */
final class PdfLoading {

    private PdfLoading() {
    }

    static PDDocument load(Path file, String password) throws DocumentException {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password);
        } catch (InvalidPasswordException e) {
            if (password == null || password.isEmpty()) {
                throw new DocumentException(Reason.ENCRYPTED,
                        file + ": the PDF is encrypted; give its password with --password", e);
            }
            throw new DocumentException(Reason.WRONG_PASSWORD,
                    file + ": the password is not right for this PDF; check it and try again", e);
        } catch (IOException | RuntimeException e) {
            if (!hasEndMarker(file)) {
                throw new DocumentException(Reason.TRUNCATED,
                        file + ": the PDF is truncated (it has no end); copy or download it again", e);
            }
            throw new DocumentException(Reason.CORRUPT, file + ": the PDF is damaged and cannot be read ("
                    + oneLine(e) + "); try repairing it (e.g. print it to a new PDF)", e);
        }
    }

    /** Whether the last 2 KiB hold a %%EOF marker, as a complete PDF's do. */
    static boolean hasEndMarker(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(2048, len);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
