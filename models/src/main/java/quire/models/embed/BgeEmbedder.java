package quire.models.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import quire.models.ModelException;
import quire.models.onnx.LazySession;
import quire.models.onnx.OnnxSessionFactory;

/**
 * Sentence embeddings with bge-small-en-v1.5: WordPiece tokens → BERT → the [CLS] vector, L2-normalised (as the
 * bge model card specifies), so the dot product of two embeddings is their cosine similarity. Queries get bge's
 * retrieval instruction prefix; passages are embedded as they are. Thread-safe.
 */
public final class BgeEmbedder implements AutoCloseable {

    public static final int DIMENSIONS = 384;
    /** bge's instruction for short queries that retrieve passages. */
    static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";
    private static final int MAX_TOKENS = 256;
    private static final int BATCH = 16;

    private final HuggingFaceTokenizer tokenizer;
    private final LazySession session;

    private BgeEmbedder(HuggingFaceTokenizer tokenizer, LazySession session) {
        this.tokenizer = tokenizer;
        this.session = session;
    }

    /** The model bundled on the class path, extracted to the cache directory once; the session opens lazily. */
    public static BgeEmbedder bundled(OnnxSessionFactory factory) throws ModelException {
        return fromDirectory(BundledBgeModel.extract(), factory);
    }

    /** A directory with {@code model.onnx} and {@code tokenizer.json}. */
    public static BgeEmbedder fromDirectory(Path dir, OnnxSessionFactory factory) throws ModelException {
        try {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(dir.resolve("tokenizer.json"), Map.of(
                    "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS), "padding", "false"));
            return new BgeEmbedder(tokenizer, factory.lazy(dir.resolve("model.onnx")));
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot load the embedding tokenizer in " + dir + " (reinstall Quire)", e);
        }
    }

    public float[] embedQuery(String query) throws ModelException {
        return embed(List.of(QUERY_PREFIX + query)).get(0);
    }

    /** Embeds passages in small batches; the result has one vector per text, in order. */
    public List<float[]> embed(List<String> texts) throws ModelException {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += BATCH) {
            out.addAll(embedBatch(texts.subList(i, Math.min(texts.size(), i + BATCH))));
        }
        return out;
    }

    private List<float[]> embedBatch(List<String> texts) throws ModelException {
        Batch batch = preprocess(tokenizer.batchEncode(texts));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] shape = {batch.rows(), batch.cols()};
        try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(batch.ids()), shape);
             OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(batch.mask()), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(batch.types()), shape);
             OrtSession.Result result = session.get().run(
                     Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return postprocess(hidden);
        } catch (OrtException e) {
            throw new ModelException("the embedding model failed to run (reinstall Quire)", e);
        }
    }

    /** Right-pads the encodings into one rectangular batch. */
    static Batch preprocess(Encoding[] encodings) {
        int cols = 1;
        for (Encoding e : encodings) {
            cols = Math.max(cols, e.getIds().length);
        }
        int rows = encodings.length;
        long[] ids = new long[rows * cols];
        long[] mask = new long[rows * cols];
        long[] types = new long[rows * cols];
        for (int r = 0; r < rows; r++) {
            long[] eIds = encodings[r].getIds();
            long[] eMask = encodings[r].getAttentionMask();
            long[] eTypes = encodings[r].getTypeIds();
            System.arraycopy(eIds, 0, ids, r * cols, eIds.length);
            System.arraycopy(eMask, 0, mask, r * cols, eMask.length);
            System.arraycopy(eTypes, 0, types, r * cols, eTypes.length);
        }
        return new Batch(rows, cols, ids, mask, types);
    }

    /** CLS pooling (token 0) and L2 normalisation. */
    static List<float[]> postprocess(float[][][] hidden) {
        List<float[]> out = new ArrayList<>(hidden.length);
        for (float[][] seq : hidden) {
            float[] cls = seq[0].clone();
            double norm = 0;
            for (float v : cls) {
                norm += v * v;
            }
            float inv = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
            for (int i = 0; i < cls.length; i++) {
                cls[i] *= inv;
            }
            out.add(cls);
        }
        return out;
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    record Batch(int rows, int cols, long[] ids, long[] mask, long[] types) {
    }
}
