package quire.models.mllm;

import java.util.Locale;

/**
 * Weight precision of a model folder's graphs: the file-name suffix under {@code onnx/}. ONNX Runtime's CPU provider
 * has poor or no fp16 kernels, so the fp16 variants are for GPU providers only.
 */
public enum Precision {
    FP32("", true),
    Q8("_quantized", true),
    INT8("_int8", true),
    UINT8("_uint8", true),
    Q4("_q4", true),
    BNB4("_bnb4", true),
    FP16("_fp16", false),
    Q4F16("_q4f16", false);

    private final String suffix;
    private final boolean cpuFriendly;

    Precision(String suffix, boolean cpuFriendly) {
        this.suffix = suffix;
        this.cpuFriendly = cpuFriendly;
    }

    public String suffix() {
        return suffix;
    }

    /** Whether the CPU provider runs this precision at a useful speed. */
    public boolean cpuFriendly() {
        return cpuFriendly;
    }

    /** Parses {@code fp32}, {@code q8}, {@code q4}, {@code fp16}, ... (any case). */
    public static Precision parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
