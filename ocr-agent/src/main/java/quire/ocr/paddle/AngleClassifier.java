package quire.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import quire.models.ModelException;
import quire.models.onnx.LazySession;
import quire.ocr.OcrException;
import quire.ocr.geom.Quad;

/** The v2.0 text-line angle classifier: probability that a line crop is upside down (input 3 × 48 × 192). */
public final class AngleClassifier {

    public static final int HEIGHT = 48;
    public static final int WIDTH = 192;
    private static final int BATCH = 8;

    private final LazySession session;

    public AngleClassifier(LazySession session) {
        this.session = session;
    }

    /** p(180°) per quad (each read in its own reading direction). */
    public double[] upsideDown(LineSampler page, List<Quad> quads) throws ModelException, OcrException {
        double[] out = new double[quads.size()];
        OrtSession s = session.get();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (int start = 0; start < quads.size(); start += BATCH) {
            int n = Math.min(BATCH, quads.size() - start);
            float[] batch = preprocess(page, quads.subList(start, start + n));
            try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(batch), new long[] {n, 3, HEIGHT, WIDTH});
                 OrtSession.Result result = s.run(Map.of(s.getInputNames().iterator().next(), x))) {
                float[] probs = Tensors.floats((OnnxTensor) result.get(0));
                for (int i = 0; i < n; i++) {
                    out[start + i] = probs[i * 2 + 1];
                }
            } catch (OrtException e) {
                throw new OcrException("text angle classification failed: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Each quad resized to height 48 keeping its aspect, zero-padded on the right. A line longer than 192 × 48
     * is classified on its middle part of that aspect rather than squeezed (squeezed text fools the classifier).
     */
    public static float[] preprocess(LineSampler page, List<Quad> quads) {
        int per = 3 * HEIGHT * WIDTH;
        float[] batch = new float[quads.size() * per];
        for (int i = 0; i < quads.size(); i++) {
            Quad q = quads.get(i);
            double part = (double) WIDTH / HEIGHT * q.height() / Math.max(1e-6, q.width());
            if (part < 1) {
                q = q.slice(0.5 - part / 2, 0.5 + part / 2);
            }
            int w = Math.min(WIDTH, (int) Math.ceil(HEIGHT * q.width() / Math.max(1e-6, q.height())));
            page.sampleNormalized(q, HEIGHT, Math.max(1, w), batch, i * per, WIDTH);
        }
        return batch;
    }
}
