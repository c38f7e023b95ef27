package quire.models.mllm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code src/test/js/parity.mjs} (transformers.js on onnxruntime-node) and reads what it wrote. */
final class TransformersJs {

    static final Path JS_DIR = Path.of("src/test/js").toAbsolutePath();

    record Result(JsonNode json, float[] pixels) {
        long[] inputIds() {
            return longs(json.get("input_ids"));
        }

        long[] generatedIds() {
            return longs(json.get("generated_ids"));
        }

        private static long[] longs(JsonNode n) {
            long[] out = new long[n.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = n.get(i).asLong();
            }
            return out;
        }
    }

    static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(Path model, Path image, String question, Path outDir, int maxNew, int threads)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(JS_DIR.resolve("node_modules/@huggingface/transformers"))) {
            throw new IllegalStateException("transformers.js is not installed in " + JS_DIR
                    + ": run ./setup.sh --deps-only (it runs npm ci --ignore-scripts there)");
        }
        List<String> cmd = new ArrayList<>(List.of("node", JS_DIR.resolve("parity.mjs").toString(),
                model.toAbsolutePath().toString(), image.toAbsolutePath().toString(), question,
                outDir.toAbsolutePath().toString(), Integer.toString(maxNew), Integer.toString(threads)));
        Process p = new ProcessBuilder(cmd).directory(JS_DIR.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("transformers.js run failed:\n" + log);
        }
        JsonNode json = new ObjectMapper().readTree(outDir.resolve("result.json").toFile());
        byte[] raw = Files.readAllBytes(outDir.resolve("pixel_values.f32"));
        float[] pixels = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(pixels);
        return new Result(json, pixels);
    }

    private TransformersJs() {
    }
}
