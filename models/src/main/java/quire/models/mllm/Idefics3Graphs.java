package quire.models.mllm;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quire.models.ModelException;
import quire.models.mllm.image.ProcessedImage;
import quire.models.onnx.OnnxSessionFactory;

/**
 * The three sessions of an Idefics3 model and what their metadata declares: input/output names, the KV-cache
 * layout and dtype. Validated when opened, so a wrong or stale export fails at load time, not mid-answer.
 */
final class Idefics3Graphs {

    static final String PIXEL_VALUES = "pixel_values";
    static final String PIXEL_MASK = "pixel_attention_mask";
    static final String INPUT_IDS = "input_ids";
    static final String INPUTS_EMBEDS = "inputs_embeds";
    static final String ATTENTION_MASK = "attention_mask";
    static final String POSITION_IDS = "position_ids";
    static final String LOGITS = "logits";

    final OrtEnvironment env = OrtEnvironment.getEnvironment();
    final OrtSession vision;
    final OrtSession embed;
    final OrtSession decoder;
    final String featuresOutput;
    final String embedOutput;
    final List<String> pastNames = new ArrayList<>();
    final List<String> presentNames = new ArrayList<>();
    final OnnxJavaType kvType;
    final OnnxJavaType logitsType;
    final int kvHeads;
    final int headDim;
    final int hidden;
    /** Logits width when the graph declares it, else 0. */
    final int vocab;

    Idefics3Graphs(ModelFolder folder, OnnxSessionFactory factory) throws ModelException {
        vision = factory.open(folder.visionEncoder());
        embed = factory.open(folder.embedTokens());
        decoder = factory.open(folder.decoder());
        try {
            Map<String, NodeInfo> vin = vision.getInputInfo();
            expect(folder.visionEncoder(), vin, PIXEL_VALUES, OnnxJavaType.FLOAT);
            expect(folder.visionEncoder(), vin, PIXEL_MASK, OnnxJavaType.BOOL);
            featuresOutput = vision.getOutputNames().iterator().next();
            expect(folder.embedTokens(), embed.getInputInfo(), INPUT_IDS, OnnxJavaType.INT64);
            embedOutput = embed.getOutputNames().iterator().next();
            Map<String, NodeInfo> din = decoder.getInputInfo();
            expect(folder.decoder(), din, INPUTS_EMBEDS, OnnxJavaType.FLOAT);
            expect(folder.decoder(), din, ATTENTION_MASK, OnnxJavaType.INT64);
            expect(folder.decoder(), din, POSITION_IDS, OnnxJavaType.INT64);
            TensorInfo first = null;
            for (int i = 0; din.containsKey("past_key_values." + i + ".key"); i++) {
                for (String kind : new String[] {"key", "value"}) {
                    pastNames.add("past_key_values." + i + "." + kind);
                    presentNames.add("present." + i + "." + kind);
                }
                if (first == null) {
                    first = (TensorInfo) din.get("past_key_values.0.key").getInfo();
                }
            }
            Set<String> known = new java.util.HashSet<>(pastNames);
            known.addAll(List.of(INPUTS_EMBEDS, ATTENTION_MASK, POSITION_IDS));
            for (String name : din.keySet()) {
                if (!known.contains(name)) {
                    throw new ModelException(folder.decoder() + " has an input Quire does not know: " + name
                            + " (an export other than the Idefics3 merged decoder?)");
                }
            }
            if (first == null || !decoder.getOutputNames().containsAll(presentNames)
                    || !decoder.getOutputNames().contains(LOGITS)) {
                throw new ModelException(folder.decoder() + " lacks past_key_values/present/logits; re-export or "
                        + "re-download the model");
            }
            kvType = first.type;
            long[] shape = first.getShape();
            kvHeads = (int) (shape[1] > 0 ? shape[1] : folder.config().kvHeads());
            headDim = (int) (shape[3] > 0 ? shape[3] : folder.config().headDim());
            TensorInfo logitsInfo = (TensorInfo) decoder.getOutputInfo().get(LOGITS).getInfo();
            logitsType = logitsInfo.type;
            long v = logitsInfo.getShape()[logitsInfo.getShape().length - 1];
            vocab = (int) Math.max(0, v);
            long h = ((TensorInfo) din.get(INPUTS_EMBEDS).getInfo()).getShape()[2];
            hidden = (int) (h > 0 ? h : folder.config().hidden());
            if (kvType != OnnxJavaType.FLOAT && kvType != OnnxJavaType.FLOAT16) {
                throw new ModelException(folder.decoder() + " declares a " + kvType + " KV cache; expected float32/16");
            }
        } catch (OrtException e) {
            throw new ModelException("cannot read the metadata of " + folder.dir() + " graphs", e);
        }
    }

    private static void expect(java.nio.file.Path file, Map<String, NodeInfo> inputs, String name, OnnxJavaType type)
            throws ModelException {
        NodeInfo n = inputs.get(name);
        if (n == null || !(n.getInfo() instanceof TensorInfo t) || t.type != type) {
            throw new ModelException(file + ": input " + name + " missing or not " + type + " (found " + inputs.keySet()
                    + "); the export does not match the Idefics3 contract, re-download the model");
        }
    }

    /** An empty KV cache entry {@code [1, kvHeads, 0, headDim]} of the declared dtype. */
    OnnxTensor emptyCache() throws OrtException {
        long[] shape = {1, kvHeads, 0, headDim};
        return OnnxTensor.createTensor(env, ByteBuffer.allocateDirect(0).order(ByteOrder.nativeOrder()), shape, kvType);
    }

    OnnxTensor pixels(ProcessedImage img) throws OrtException {
        long[] shape = {1, img.tiles(), 3, img.size(), img.size()};
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(img.pixels()), shape);
    }

    OnnxTensor pixelMask(ProcessedImage img) throws OrtException {
        long n = (long) img.tiles() * img.size() * img.size();
        ByteBuffer ones = ByteBuffer.allocateDirect((int) n).order(ByteOrder.nativeOrder());
        for (int i = 0; i < n; i++) {
            ones.put((byte) 1);
        }
        ones.rewind();
        return OnnxTensor.createTensor(env, ones, new long[] {1, img.tiles(), img.size(), img.size()},
                OnnxJavaType.BOOL);
    }

    OnnxTensor longs(long[] values, long... shape) throws OrtException {
        return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
    }
}
