package quire.ocr.tesseract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quire.models.ModelException;

/**
 * Finds Tesseract's language data. Search order: system property {@code quire.tessdata}, {@code TESSDATA_PREFIX},
 * then the Debian/Ubuntu and common install locations.
 */
public final class Tessdata {

    private Tessdata() {
    }

    public static List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        String prop = System.getProperty("quire.tessdata");
        if (prop != null && !prop.isBlank()) {
            dirs.add(Path.of(prop));
        }
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
            dirs.add(Path.of(env, "tessdata"));
        }
        for (String d : List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata",
                "C:\\Program Files\\Tesseract-OCR\\tessdata")) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** The first directory holding {@code <lang>.traineddata}. */
    public static Path locate(String lang) throws ModelException {
        for (Path dir : searchPath()) {
            if (Files.isRegularFile(dir.resolve(lang + ".traineddata"))) {
                return dir;
            }
        }
        throw new ModelException("Tesseract language data '" + lang + "' not found; apt-get install tesseract-ocr-"
                + lang + " (or set -Dquire.tessdata=DIR)");
    }
}
