package quire.app.viewer.service;

import java.nio.file.Path;
import quire.pipeline.document.Document;
import quire.pipeline.document.DocumentException;

/** Opens a document for the viewer; the one seam where the pipeline's {@code Documents.open} plugs in. */
@FunctionalInterface
public interface DocumentOpener {

    /** @param password the PDF's password, or null */
    Document open(Path path, String password) throws DocumentException;
}
