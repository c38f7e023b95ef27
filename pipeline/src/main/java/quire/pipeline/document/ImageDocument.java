package quire.pipeline.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import quire.ocr.text.PageText;
import quire.ocr.text.TextSource;
import quire.pipeline.document.DocumentException.Reason;
import quire.pipeline.document.image.ExifOrientation;

/**
 * A PNG, JPEG or TIFF (one page per frame) read with ImageIO. One point is one pixel, after the EXIF orientation.
 * Frames are decoded only when a page is rendered and never kept. Thread-safe: each call opens its own reader.
 */
final class ImageDocument implements Document {

    private final Path path;
    private final FileType type;
    private final int orientation;
    private final PageGeometry[] geometry;

    private ImageDocument(Path path, FileType type, int orientation, PageGeometry[] geometry) {
        this.path = path;
        this.type = type;
        this.orientation = orientation;
        this.geometry = geometry;
    }

    static ImageDocument open(Path file, FileType type) throws DocumentException {
        // TIFF orientation lives per frame and is rarely set; only JPEG and PNG carry a whole-file EXIF tag
        int orientation = type == FileType.TIFF ? 1 : ExifOrientation.read(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, file, type);
            try {
                reader.setInput(in, false, true);
                int frames = reader.getNumImages(true);
                if (frames <= 0) {
                    throw new DocumentException(Reason.NO_PAGES, file + ": the image has no frames; give another file");
                }
                PageGeometry[] geometry = new PageGeometry[frames];
                for (int i = 0; i < frames; i++) {
                    int w = reader.getWidth(i);
                    int h = reader.getHeight(i);
                    boolean swap = ExifOrientation.swapsAxes(orientation);
                    geometry[i] = new PageGeometry(i + 1, swap ? h : w, swap ? w : h, 0);
                }
                return new ImageDocument(file, type, orientation, geometry);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Reason.CORRUPT, file + ": the " + type.label()
                    + " image is damaged and cannot be read (" + PdfLoading.oneLine(e) + "); try another copy", e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, Path file, FileType type) throws DocumentException {
        if (in == null) {
            throw new DocumentException(Reason.UNREADABLE, file + ": cannot be read; check the file");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.label());
        if (!readers.hasNext()) {
            throw new DocumentException(Reason.NOT_A_DOCUMENT, file + ": no reader for " + type.label()
                    + " images is installed; convert the file to PNG");
        }
        return readers.next();
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String format() {
        return type.label();
    }

    @Override
    public int pageCount() {
        return geometry.length;
    }

    @Override
    public boolean encrypted() {
        return false;
    }

    @Override
    public PageGeometry geometry(int page) throws DocumentException {
        if (page < 1 || page > geometry.length) {
            throw new DocumentException(Reason.PAGE_OUT_OF_RANGE, path + ": there is no page " + page
                    + "; the image has " + geometry.length + (geometry.length == 1 ? " page" : " pages"));
        }
        return geometry[page - 1];
    }

    @Override
    public BufferedImage render(int page, RenderOptions options) throws DocumentException {
        PageGeometry g = geometry(page);
        RenderSize size = RenderSize.of(g.width(), g.height(), options, page);
        BufferedImage displayed = ExifOrientation.apply(decode(page, g, size), orientation);
        return scaled(displayed, size.width(), size.height(), options.gray());
    }

    /** Decodes one frame, subsampling while decoding when the target is much smaller than the frame. */
    private BufferedImage decode(int page, PageGeometry g, RenderSize size) throws DocumentException {
        int step = (int) Math.max(1, Math.floor(Math.min(g.width() / size.width(), g.height() / size.height())));
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            ImageReader reader = readerFor(in, path, type);
            try {
                reader.setInput(in, false, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(page - 1, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(Reason.CORRUPT, path + ": page " + page + " of the image cannot be decoded ("
                    + PdfLoading.oneLine(e) + "); try another copy", e);
        }
    }

    private static BufferedImage scaled(BufferedImage src, int w, int h, boolean gray) {
        int type = gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        if (src.getWidth() == w && src.getHeight() == h && src.getType() == type) {
            return src;
        }
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE); // transparent pixels show as white paper
            g.fillRect(0, 0, w, h);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    @Override
    public PageText textLayer(int page) throws DocumentException {
        PageGeometry g = geometry(page);
        return new PageText(page, g.width(), g.height(), TextSource.TEXT_LAYER, List.of());
    }

    @Override
    public PageStats stats(int page) throws DocumentException {
        geometry(page);
        return new PageStats(page, 0, 0, 1, 1.0, 0);
    }

    @Override
    public void close() {
        // nothing held open between calls
    }
}
