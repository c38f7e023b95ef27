package quire.models.mllm;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.RunOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quire.models.mllm.GenerationResult.Stop;

/**
 * The KV-cache decode loop (transformers.js semantics): one prefill over the prompt embeddings, then one decoder
 * call per token with {@code present.*} fed back as {@code past_key_values.*}. Each step's result is closed as soon
 * as the next step has consumed it; only logits and the cache are requested.
 */
final class GenerationLoop {

    /** Steps the loop reports to its caller. */
    interface Steps {
        /** Called with each chosen id; returns false to stop (e.g. a stop id). */
        boolean accept(long id);
    }

    private final Idefics3Graphs g;
    private final Cancellation cancel;

    GenerationLoop(Idefics3Graphs graphs, Cancellation cancel) {
        this.g = graphs;
        this.cancel = cancel;
    }

    record Outcome(List<Long> ids, Stop stop, double prefillMs, double decodeMs, double minMargin,
                   double meanLogProb) { }

    /** Runs prefill over {@code embeds} ({@code [T, hidden]}) and decodes up to {@code maxNew} tokens. */
    Outcome run(float[] embeds, int promptLen, Sampler sampler, int maxNew, Steps steps)
            throws OrtException, InterruptedException {
        List<Long> out = new ArrayList<>();
        double[] margin = new double[2];
        double logProbSum = 0;
        double minMargin = Double.POSITIVE_INFINITY;
        Set<String> wanted = new HashSet<>(g.presentNames);
        boolean pin = g.logitsType == OnnxJavaType.FLOAT && g.vocab > 0;
        if (!pin) {
            wanted.add(Idefics3Graphs.LOGITS);
        }
        OrtSession.Result previous = null;
        Map<String, OnnxTensor> cache = new HashMap<>();
        long t0 = System.nanoTime();
        long tDecode = 0;
        double prefillMs = 0;
        Stop stop = Stop.MAX_TOKENS;
        Logits stepLogits = null;
        try {
            for (String name : g.pastNames) {
                cache.put(name, g.emptyCache());
            }
            float[] stepEmbeds = embeds;
            int past = 0;
            int len = promptLen;
            for (int step = 0; step < maxNew; step++) {
                if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                    stop = Stop.CANCELLED;
                    break;
                }
                if (pin && (long) len * g.vocab * 4 > Integer.MAX_VALUE) {
                    throw new OrtException("a " + len + "-token prompt needs over 2 GB of logits; shorten the prompt");
                }
                Logits pinned = null;
                if (pin && len > 1) {
                    pinned = new Logits(g, len); // the prefill's [1,T,V] block, freed right after
                } else if (pin && len == 1) {
                    if (stepLogits == null) {
                        stepLogits = new Logits(g, 1); // one [1,1,V] buffer reused by every decode step
                    }
                    pinned = stepLogits;
                }
                OrtSession.Result result;
                try {
                    result = decode(stepEmbeds, len, past, cache, wanted, pinned);
                } finally {
                    if (pinned != null && pinned != stepLogits) {
                        pinned.readLastRowThenClose();
                    }
                }
                if (result == null) {
                    stop = Stop.CANCELLED;
                    break;
                }
                float[] logits = pinned == null ? lastRow(result) : pinned.lastRow();
                // the cache now lives in this result; the previous one (and the initial empties) can go
                if (previous != null) {
                    previous.close();
                } else {
                    cache.values().forEach(OnnxTensor::close);
                }
                cache.clear();
                for (int i = 0; i < g.pastNames.size(); i++) {
                    cache.put(g.pastNames.get(i), (OnnxTensor) result.get(g.presentNames.get(i)).orElseThrow());
                }
                previous = result;
                past += len;
                if (step == 0) {
                    prefillMs = (System.nanoTime() - t0) / 1e6;
                    tDecode = System.nanoTime();
                }
                int id = sampler.next(logits, margin);
                minMargin = Math.min(minMargin, margin[0]);
                logProbSum += margin[1];
                sampler.observe(id);
                out.add((long) id);
                if (!steps.accept(id)) {
                    stop = Stop.END_OF_SEQUENCE;
                    break;
                }
                if (past + 1 > GenerationOptions.MAX_CONTEXT) {
                    break;
                }
                stepEmbeds = embedOne(id);
                len = 1;
            }
        } finally {
            if (previous != null) {
                previous.close();
            } else {
                cache.values().forEach(OnnxTensor::close);
            }
            if (stepLogits != null) {
                stepLogits.close();
            }
        }
        double decodeMs = tDecode == 0 ? 0 : (System.nanoTime() - tDecode) / 1e6;
        return new Outcome(out, stop, prefillMs, decodeMs, minMargin, out.isEmpty() ? 0 : logProbSum / out.size());
    }

    private OrtSession.Result decode(float[] embeds, int len, int past, Map<String, OnnxTensor> cache,
                                     Set<String> wanted, Logits pinned) throws OrtException {
        long[] mask = new long[past + len];
        java.util.Arrays.fill(mask, 1L);
        long[] pos = new long[len];
        for (int i = 0; i < len; i++) {
            pos[i] = past + i;
        }
        RunOptions ro = cancel.begin();
        try (OnnxTensor e = OnnxTensor.createTensor(g.env, FloatBuffer.wrap(embeds), new long[] {1, len, g.hidden});
             OnnxTensor m = g.longs(mask, 1, mask.length);
             OnnxTensor p = g.longs(pos, 1, len)) {
            Map<String, OnnxTensor> in = new HashMap<>(cache);
            in.put(Idefics3Graphs.INPUTS_EMBEDS, e);
            in.put(Idefics3Graphs.ATTENTION_MASK, m);
            in.put(Idefics3Graphs.POSITION_IDS, p);
            if (pinned == null) {
                return g.decoder.run(in, wanted, ro);
            }
            return g.decoder.run(in, wanted, Map.of(Idefics3Graphs.LOGITS, pinned.tensor), ro);
        } catch (OrtException ex) {
            if (cancel.isCancelled()) {
                return null;
            }
            throw ex;
        } finally {
            cancel.end(ro);
        }
    }

    /** A logits output buffer ONNX Runtime writes into directly (no copy of the whole {@code [1,T,V]} block). */
    private static final class Logits implements AutoCloseable {
        final FloatBuffer buffer;
        final OnnxTensor tensor;
        final int rows;
        final int vocab;
        private float[] last;

        Logits(Idefics3Graphs g, int rows) throws OrtException {
            this.rows = rows;
            this.vocab = g.vocab;
            this.buffer = ByteBuffer.allocateDirect(rows * vocab * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
            this.tensor = OnnxTensor.createTensor(g.env, buffer, new long[] {1, rows, vocab});
        }

        float[] lastRow() {
            if (last != null) {
                return last;
            }
            float[] row = new float[vocab];
            buffer.get((rows - 1) * vocab, row);
            return row;
        }

        /** Keeps the last row and frees the big buffer (prefill). */
        void readLastRowThenClose() {
            last = lastRow();
            close();
        }

        @Override
        public void close() {
            tensor.close();
        }
    }

    float[] embedOne(long id) throws OrtException {
        try (OnnxTensor ids = g.longs(new long[] {id}, 1, 1);
             OrtSession.Result r = g.embed.run(Map.of(Idefics3Graphs.INPUT_IDS, ids))) {
            return floats((OnnxTensor) r.get(0), 0, g.hidden);
        }
    }

    /** The last position's logits row. */
    private static float[] lastRow(OrtSession.Result result) throws OrtException {
        OnnxTensor logits = (OnnxTensor) result.get(Idefics3Graphs.LOGITS).orElseThrow();
        long[] shape = logits.getInfo().getShape();
        int vocab = (int) shape[2];
        long offset = (shape[1] - 1) * vocab;
        return floats(logits, offset, vocab);
    }

    /** Reads {@code n} values from {@code offset} of a float32 or float16 tensor. */
    static float[] floats(OnnxTensor t, long offset, int n) {
        float[] out = new float[n];
        if (t.getInfo().type == OnnxJavaType.FLOAT16) {
            ByteBuffer b = t.getByteBuffer().order(ByteOrder.nativeOrder());
            for (int i = 0; i < n; i++) {
                out[i] = Fp16.toFloat(b.getShort((int) ((offset + i) * 2)));
            }
        } else {
            FloatBuffer fb = t.getFloatBuffer();
            fb.position((int) offset);
            fb.get(out);
        }
        return out;
    }
}
