package quire.models.mllm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplerTest {

    @Test
    void greedyPicksTheMaximumAndReportsTheMargin() {
        double[] margin = new double[1];
        int id = new Sampler(GenerationOptions.greedy(1), 4).next(new float[] {0.1f, 2.0f, 1.5f, -3f}, margin);
        assertThat(id).isEqualTo(1);
        assertThat(margin[0]).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void suppressedIdsAreNeverChosen() {
        Sampler s = new Sampler(GenerationOptions.greedy(1).suppressing(Set.of(1L)), 4);
        assertThat(s.next(new float[] {0.1f, 2.0f, 1.5f, -3f}, new double[1])).isEqualTo(2);
    }

    @Test
    void repetitionPenaltyDividesPositiveAndMultipliesNegativeLogitsOfSeenIds() {
        Sampler s = new Sampler(GenerationOptions.greedy(1).withRepetitionPenalty(2.0), 4);
        s.observe(1);
        s.observe(3);
        float[] logits = {1.2f, 2.0f, 0.5f, -1f};
        assertThat(s.next(logits, new double[1])).isEqualTo(0);
        assertThat(logits[1]).isEqualTo(1.0f);
        assertThat(logits[3]).isEqualTo(-2.0f);
        assertThat(logits[2]).isEqualTo(0.5f);
    }

    @Test
    void tinyTopPKeepsOnlyTheBestToken() {
        Sampler s = new Sampler(GenerationOptions.greedy(1).sampling(1.0, 1e-9, 3), 3);
        for (int i = 0; i < 20; i++) {
            assertThat(s.next(new float[] {0f, 1f, 0.9f}, new double[1])).isEqualTo(1);
        }
    }
}
