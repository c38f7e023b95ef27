package quire.models.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Weight precisions of the ONNX exports (mllm-runtime.md). The file suffix follows the transformers.js convention:
 * {@code onnx/<graph><suffix>.onnx}.
 *
 * <p>CPU: {@link #Q8} is the default (int8 weights, a quarter of fp32's size, fast integer kernels in ONNX Runtime's
 * CPU provider); {@link #Q4} is smaller still with some quality loss; {@link #FP32} is the reference. GPU:
 * {@link #FP16} and {@link #Q4F16}; ONNX Runtime's CPU provider has poor or no fp16 kernels, so these are for CUDA.
 */
public enum Precision {
    FP32("fp32", "", false),
    Q8("q8", "_quantized", false),
    Q4("q4", "_q4", false),
    FP16("fp16", "_fp16", true),
    Q4F16("q4f16", "_q4f16", true);

    /** The default when the user names none: good answers on CPU at a quarter of fp32's download. */
    public static final Precision DEFAULT = Q8;

    /** Which installed precision {@code find(id)} picks when several are installed: CPU-friendly first. */
    public static final List<Precision> PREFERENCE = List.of(Q8, Q4, FP32, FP16, Q4F16);

    private final String id;
    private final String suffix;
    private final boolean gpu;

    Precision(String id, String suffix, boolean gpu) {
        this.id = id;
        this.suffix = suffix;
        this.gpu = gpu;
    }

    /** The name users type and JSON carries: fp32, q8, q4, fp16, q4f16. */
    public String id() {
        return id;
    }

    /** The graph file suffix, e.g. {@code _quantized} for q8 ({@code ""} for fp32). */
    public String suffix() {
        return suffix;
    }

    /** True for the half-precision exports meant for a GPU provider. */
    public boolean gpu() {
        return gpu;
    }

    /** The graph file inside a model folder, e.g. {@code onnx/decoder_model_merged_quantized.onnx}. */
    public String graphPath(String graph) {
        return "onnx/" + graph + suffix + ".onnx";
    }

    /** Parses an id ({@code q8}) or the enum name ({@code Q8}), case-insensitively. */
    public static Optional<Precision> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        for (Precision p : values()) {
            if (p.id.equals(t) || p.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
