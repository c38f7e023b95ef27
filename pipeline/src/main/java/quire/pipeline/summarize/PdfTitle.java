package quire.pipeline.summarize;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The metadata title of a PDF (the Info dictionary), when it has a meaningful one. */
final class PdfTitle {

    private PdfTitle() {
    }

    static Optional<String> of(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf))) {
            String t = doc.getDocumentInformation().getTitle();
            if (t == null) {
                return Optional.empty();
            }
            t = t.strip();
            // tools often write the file name or "untitled" as the title: not a title
            if (t.isEmpty() || t.equalsIgnoreCase("untitled") || t.toLowerCase().endsWith(".pdf")
                    || t.toLowerCase().endsWith(".doc") || t.toLowerCase().endsWith(".docx")) {
                return Optional.empty();
            }
            return Optional.of(t);
        } catch (Exception | LinkageError e) {
            return Optional.empty(); // the document itself is opened (and its errors reported) elsewhere
        }
    }
}
