package quire.models.onnx;

/**
 * How sessions are made.
 *
 * @param provider       the requested execution provider; CPU is the fallback when it cannot load
 * @param deviceId       GPU index for CUDA/DirectML
 * @param intraOpThreads threads per operator (0 = ONNX Runtime's default: one per core)
 */
public record SessionSettings(ExecutionProvider provider, int deviceId, int intraOpThreads) {

    public static SessionSettings cpu() {
        return new SessionSettings(ExecutionProvider.CPU, 0, 0);
    }

    /** From the system properties {@code quire.provider} and {@code quire.threads}, CPU by default. */
    public static SessionSettings fromSystemProperties() {
        String provider = System.getProperty("quire.provider", "cpu");
        int threads = Integer.getInteger("quire.threads", 0);
        return new SessionSettings(ExecutionProvider.parse(provider), Integer.getInteger("quire.device", 0), threads);
    }
}
