package quire.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import quire.models.ModelException;
import quire.models.onnx.LazySession;
import quire.ocr.OcrException;
import quire.ocr.geom.Quad;

/**
 * PP-OCRv4 recognition: line crops at height 48 with their aspect kept, batched by width (at least 320 wide, zero
 * padded), RGB scaled to [-1, 1]; CTC greedy decoding over the dictionary. The model's cost is about proportional
 * to the columns it runs over, padding included, so crops sorted by width are cut into the batches that run over
 * the fewest columns ({@link #batches}).
 */
public final class Recognizer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Recognizer.class);

    public static final int HEIGHT = 48;
    static final int MIN_WIDTH = 320;
    static final int MAX_WIDTH = 3200;
    private static final int BATCH = 6;
    /** What one model run costs beyond its columns, in columns (about 1 ms, one core). */
    static final int RUN_COLUMNS = 16;

    private final LazySession session;
    private final CtcDecoder decoder;

    public Recognizer(LazySession session, Dictionary dictionary) {
        this.session = session;
        this.decoder = new CtcDecoder(dictionary);
    }

    /** Content width in the model input for a crop (height 48, aspect kept, capped). */
    public static int contentWidth(Quad q) {
        double ratio = q.width() / Math.max(1e-6, q.height());
        return (int) Math.max(1, Math.min(MAX_WIDTH, Math.ceil(HEIGHT * ratio)));
    }

    /** The model input width for a crop: at least {@code minWidth}, a multiple of 8. */
    static int tensorWidth(int contentWidth, int minWidth) {
        return (Math.max(minWidth, contentWidth) + 7) / 8 * 8;
    }

    /**
     * Cuts input widths sorted ascending into consecutive batches of at most {@code max} that together run over
     * the fewest columns: each batch is padded to its widest, and each run costs {@link #RUN_COLUMNS} more.
     * Returns {@code [start, end)} ranges in order.
     */
    static List<int[]> batches(int[] sortedWidths, int max) {
        int n = sortedWidths.length;
        long[] cost = new long[n + 1];
        int[] cut = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            cost[end] = Long.MAX_VALUE;
            for (int start = Math.max(0, end - max); start < end; start++) {
                long c = cost[start] + (long) (end - start) * sortedWidths[end - 1] + RUN_COLUMNS;
                if (c < cost[end]) {
                    cost[end] = c;
                    cut[end] = start;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            out.add(0, new int[] {cut[end], end});
        }
        return out;
    }

    public List<LineReading> read(LineSampler page, List<Quad> quads) throws ModelException, OcrException {
        return read(page, quads, MIN_WIDTH);
    }

    /**
     * @param minWidth the narrowest model input: PP-OCR pads every batch to at least 320; short crops (single
     *                 words re-read for the auto engine) cost a fraction of that with a smaller floor
     */
    public List<LineReading> read(LineSampler page, List<Quad> quads, int minWidth)
            throws ModelException, OcrException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < quads.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> contentWidth(quads.get(i))));
        LineReading[] out = new LineReading[quads.size()];
        long sampleNanos = 0;
        OrtSession s = quads.isEmpty() ? null : session.get();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int[] widths = new int[order.size()];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = tensorWidth(contentWidth(quads.get(order.get(k))), minWidth);
        }
        for (int[] range : batches(widths, BATCH)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new OcrException("OCR interrupted");
            }
            List<Integer> batch = order.subList(range[0], range[1]);
            int tensorW = widths[range[1] - 1];
            int per = 3 * HEIGHT * tensorW;
            long s0 = System.nanoTime();
            float[] x = new float[batch.size() * per];
            for (int b = 0; b < batch.size(); b++) {
                Quad q = quads.get(batch.get(b));
                page.sampleNormalized(q, HEIGHT, contentWidth(q), x, b * per, tensorW);
            }
            sampleNanos += System.nanoTime() - s0;
            try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x),
                    new long[] {batch.size(), 3, HEIGHT, tensorW});
                 OrtSession.Result result = s.run(Map.of(s.getInputNames().iterator().next(), t))) {
                OnnxTensor y = (OnnxTensor) result.get(0);
                long[] shape = y.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                float[] probs = Tensors.floats(y);
                double stepPixels = (double) tensorW / steps;
                for (int b = 0; b < batch.size(); b++) {
                    int idx = batch.get(b);
                    int cw = contentWidth(quads.get(idx));
                    out[idx] = decoder.decode(probs, b * steps * classes, steps, classes, stepPixels / cw)
                            .withInk(LineInk.fromTensor(x, b * per, HEIGHT, cw, tensorW));
                }
            } catch (OrtException e) {
                throw new OcrException("text recognition failed: " + e.getMessage(), e);
            }
        }
        LOG.debug("recognition input sampling {} ms", sampleNanos / 1_000_000);
        return List.of(out);
    }
}
