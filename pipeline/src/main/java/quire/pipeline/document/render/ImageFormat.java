package quire.pipeline.document.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The formats {@code quire render} writes, each with a writer tuned for speed. */
public enum ImageFormat {
    PNG("png"), PPM("ppm");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension; grey PPM output is binary P5 and keeps the ".ppm" name, as netpbm readers allow. */
    public String extension() {
        return extension;
    }

    public void write(BufferedImage image, OutputStream out) throws IOException {
        switch (this) {
            case PNG -> PngWriter.write(image, out);
            case PPM -> PpmWriter.write(image, out);
            default -> throw new IllegalStateException(name());
        }
    }

    /** Parses "png" or "ppm" (any case). */
    public static ImageFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
