package quire.models.onnx;

import java.util.Locale;

/** Where ONNX Runtime runs a graph. CPU always works; the others need their runtime build and a device. */
public enum ExecutionProvider {
    CPU,
    /** Needs the {@code onnxruntime_gpu} jar (Maven profile {@code gpu}), CUDA 12 and cuDNN 9. */
    CUDA,
    /** Needs a DirectML-enabled ONNX Runtime build on the class path; no Maven Central jar has one. */
    DIRECTML;

    /** Parses {@code cpu}, {@code cuda} or {@code directml} (any case). */
    public static ExecutionProvider parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
