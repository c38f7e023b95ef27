package quire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import quire.pipeline.route.PlanOptions;

/**
 * Benchmark (not a test): the generated Q&A set (bench/ask/data) answered by a multimodal model with the router's
 * plan on and off ({@code --no-router}), so the plan can be checked not to cost accuracy. Accuracy = the gold string
 * appears in the answer (as bench/ask's QualityBench); evidence page = the first evidence item's page; prompt tokens
 * per question. Run through bench/ask/mllm.sh. Args: DATA_DIR MODEL_DIR [max questions] [max new tokens].
 */
public final class MllmAskBench {

    private MllmAskBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String model = args[1];
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        int tokens = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> questions = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("questions.jsonl"))) {
            JsonNode q = json.readTree(line);
            if (!q.get("answer").isNull() && questions.size() < max) {
                questions.add(q);
            }
        }
        double[][] score = new double[2][4]; // plan on/off: correct, evidence page ok, prompt tokens, questions
        for (JsonNode q : questions) {
            for (int mode = 0; mode < 2; mode++) {
                PlanOptions plan = mode == 0 ? PlanOptions.DEFAULT : null;
                StringWriter out = new StringWriter();
                MllmAnswer.run(new PrintWriter(out), data.resolve(q.get("doc").asText()), q.get("question").asText(),
                        model, null, tokens, true, plan);
                JsonNode r = json.readTree(out.toString());
                String answer = r.get("answer").asText();
                boolean ok = matches(answer, q.get("answer").asText());
                JsonNode ev = r.get("evidence");
                boolean page = ev.size() > 0 && ev.get(0).get("page").asInt() == q.get("page").asInt();
                score[mode][0] += ok ? 1 : 0;
                score[mode][1] += page ? 1 : 0;
                score[mode][2] += r.get("timings").get("prompt_tokens").asInt();
                score[mode][3]++;
                System.out.printf(Locale.ROOT, "%-18s %-8s %s | %s | ok=%s evidence=%d%n", q.get("doc").asText(),
                        mode == 0 ? "plan" : "no-plan", q.get("question").asText(),
                        answer.replaceAll("\\s+", " "), ok, ev.size());
            }
        }
        double[] on = score[0];
        double[] off = score[1];
        System.out.printf(Locale.ROOT, "questions: %d, model: %s, %d new tokens at most%n", (int) on[3], model, tokens);
        System.out.printf(Locale.ROOT, "BENCH ask_mllm_accuracy: quire=%.3f peer=%.3f ratio=%s accuracy "
                + "(peer = the same model with --no-router)%n", on[0] / on[3], off[0] / off[3], ratio(on[0], off[0]));
        System.out.printf(Locale.ROOT, "BENCH ask_mllm_evidence_page: quire=%.3f peer=%.3f ratio=%s share%n",
                on[1] / on[3], off[1] / off[3], ratio(on[1], off[1]));
        System.out.printf(Locale.ROOT, "BENCH ask_mllm_prompt_tokens: quire=%.1f peer=%.1f ratio=%.3f tokens/question%n",
                on[2] / on[3], off[2] / off[3], on[2] / off[2]);
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", a / b);
    }

    /** As QualityBench: the gold string in the answer, which is at most 30 words. */
    static boolean matches(String answer, String gold) {
        String a = answer.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String g = gold.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return a.contains(g) && answer.split("\\s+").length <= 30;
    }
}
