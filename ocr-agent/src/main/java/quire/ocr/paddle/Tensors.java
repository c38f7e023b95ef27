package quire.ocr.paddle;

import ai.onnxruntime.OnnxTensor;
import java.nio.FloatBuffer;

final class Tensors {

    private Tensors() {
    }

    /** The tensor's values as one flat array. */
    static float[] floats(OnnxTensor tensor) {
        FloatBuffer buffer = tensor.getFloatBuffer();
        if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.array().length == buffer.remaining()) {
            return buffer.array();
        }
        float[] out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
