package quire.pipeline.document;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import quire.ocr.text.PageText;

/**
 * An open PDF or image document with lazy page access: nothing is decoded until a page is asked for, and no
 * method keeps all pages in memory. Pages count from 1. Implementations are safe to call from several threads.
 */
public interface Document extends AutoCloseable {

    Path path();

    /** "pdf", "png", "jpeg", "tiff". */
    String format();

    int pageCount();

    boolean encrypted();

    PageGeometry geometry(int page) throws DocumentException;

    /** Renders the displayed page (rotation applied); never call it on a UI thread. */
    BufferedImage render(int page, RenderOptions options) throws DocumentException;

    /** Words and lines of the text layer in displayed-page coordinates; no lines for images and image-only pages. */
    PageText textLayer(int page) throws DocumentException;

    PageStats stats(int page) throws DocumentException;

    /** Image placements and painted vector paths in displayed-page coordinates; for images, the whole page is one image. */
    PageGraphics graphics(int page) throws DocumentException;

    @Override
    void close();
}
