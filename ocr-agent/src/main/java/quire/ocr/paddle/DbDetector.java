package quire.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quire.models.ModelException;
import quire.models.onnx.LazySession;
import quire.ocr.OcrException;
import quire.ocr.PageImages;
import quire.ocr.geom.Components;
import quire.ocr.geom.MinAreaRect;
import quire.ocr.geom.Quad;

/**
 * DB text detection: {@link #preprocess} (resize to multiples of 32 under a side limit, ImageNet normalisation),
 * the session, {@link #postprocess} (probability threshold, components, minimum-area rectangles, box score,
 * unclip). Pre- and postprocessing are pure and testable without a session.
 */
public final class DbDetector {

    /** Detection settings; see PP-OCR's {@code DBPostProcess}. */
    public record Config(int limitSide, double threshold, double boxThreshold, double unclipRatio, int maxCandidates,
                         double minSize) {
        public static Config defaults() {
            return new Config(1536, 0.3, 0.6, 1.5, 1000, 3);
        }

        public Config withLimitSide(int side) {
            return new Config(side, threshold, boxThreshold, unclipRatio, maxCandidates, minSize);
        }
    }

    /** The network input: CHW floats (BGR, ImageNet-normalised), its size, and the original image size. */
    public record Input(float[] chw, int height, int width, int originalWidth, int originalHeight) {
    }

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final LazySession session;
    private final Config config;

    public DbDetector(LazySession session, Config config) {
        this.session = session;
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /** Text boxes in image pixels, corners in reading order for horizontal text. */
    public List<Quad> detect(BufferedImage image) throws ModelException, OcrException {
        return detect(image, config);
    }

    public List<Quad> detect(BufferedImage image, Config cfg) throws ModelException, OcrException {
        Input input = preprocess(image, cfg.limitSide());
        OrtSession s = session.get();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(input.chw()),
                new long[] {1, 3, input.height(), input.width()});
             OrtSession.Result result = s.run(Map.of(s.getInputNames().iterator().next(), x))) {
            float[] prob = Tensors.floats((OnnxTensor) result.get(0));
            return postprocess(prob, input, cfg);
        } catch (OrtException e) {
            throw new OcrException("text detection failed: " + e.getMessage(), e);
        }
    }

    /** Resizes (longest side at most {@code limitSide}, both sides multiples of 32) and normalises. */
    public static Input preprocess(BufferedImage image, int limitSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        double ratio = Math.max(w, h) > limitSide ? (double) limitSide / Math.max(w, h) : 1.0;
        int rw = Math.max(32, (int) Math.round(w * ratio / 32) * 32);
        int rh = Math.max(32, (int) Math.round(h * ratio / 32) * 32);
        BufferedImage resized = PageImages.resize(image, rw, rh);
        int[] rgb = PageImages.rgb(resized);
        int plane = rw * rh;
        float[] chw = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            int p = rgb[i];
            // PP-OCR feeds OpenCV's BGR order
            chw[i] = ((p & 0xff) / 255f - MEAN[0]) / STD[0];
            chw[plane + i] = (((p >> 8) & 0xff) / 255f - MEAN[1]) / STD[1];
            chw[2 * plane + i] = (((p >> 16) & 0xff) / 255f - MEAN[2]) / STD[2];
        }
        return new Input(chw, rh, rw, w, h);
    }

    /** Probability map ({@code height × width} of {@code input}) to boxes in original image pixels. */
    public static List<Quad> postprocess(float[] prob, Input input, Config cfg) {
        int w = input.width();
        int h = input.height();
        boolean[] bitmap = new boolean[w * h];
        for (int i = 0; i < bitmap.length; i++) {
            bitmap[i] = prob[i] > cfg.threshold();
        }
        double sx = (double) input.originalWidth() / w;
        double sy = (double) input.originalHeight() / h;
        List<Quad> boxes = new ArrayList<>();
        List<Components.Component> comps = Components.find(bitmap, w, h, 4);
        comps.sort((a, b) -> Integer.compare(b.pixels(), a.pixels()));
        for (Components.Component c : comps) {
            if (boxes.size() >= cfg.maxCandidates()) {
                break;
            }
            Quad rect = MinAreaRect.of(c.xs(), c.ys());
            if (Math.min(rect.width(), rect.height()) < cfg.minSize()) {
                continue;
            }
            if (boxScore(prob, w, h, rect) < cfg.boxThreshold()) {
                continue;
            }
            Quad grown = MinAreaRect.unclip(rect, cfg.unclipRatio());
            if (Math.min(grown.width(), grown.height()) < cfg.minSize() + 2) {
                continue;
            }
            boxes.add(clip(grown.scale(sx, sy), input.originalWidth(), input.originalHeight()));
        }
        return boxes;
    }

    /** Mean probability inside the rectangle (PP-OCR's "fast" box score). */
    static double boxScore(float[] prob, int w, int h, Quad rect) {
        var bb = rect.bbox();
        int x0 = Math.max(0, (int) Math.floor(bb.x0()));
        int x1 = Math.min(w - 1, (int) Math.ceil(bb.x1()));
        int y0 = Math.max(0, (int) Math.floor(bb.y0()));
        int y1 = Math.min(h - 1, (int) Math.ceil(bb.y1()));
        double sum = 0;
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (rect.contains(x, y)) {
                    sum += prob[y * w + x];
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static Quad clip(Quad q, int w, int h) {
        return new Quad(cx(q.x0(), w), cy(q.y0(), h), cx(q.x1(), w), cy(q.y1(), h), cx(q.x2(), w), cy(q.y2(), h),
                cx(q.x3(), w), cy(q.y3(), h));
    }

    private static double cx(double x, int w) {
        return Math.max(0, Math.min(w, x));
    }

    private static double cy(double y, int h) {
        return Math.max(0, Math.min(h, y));
    }
}
