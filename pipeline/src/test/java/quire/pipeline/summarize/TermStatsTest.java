package quire.pipeline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quire.pipeline.summarize.DocSummary.TermCount;

/** The running key-term sums: independent of the order documents finish in, and recurring terms only. */
class TermStatsTest {

    @Test
    void theOrderDocumentsArriveInDoesNotChangeTheTerms() {
        Random rnd = new Random(7);
        String[] vocab = {"revenue", "margin", "staffing", "demand", "solar", "water", "retention", "freight",
                "pallets", "coverage", "admissions", "capacity"};
        List<List<TermCount>> docs = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            List<TermCount> doc = new ArrayList<>();
            for (String w : vocab) {
                if (rnd.nextInt(3) > 0) {
                    doc.add(new TermCount(w, 1 + rnd.nextInt(9)));
                }
            }
            docs.add(doc);
        }
        List<String> inOrder = Terms.recurring(docs, 8);
        for (long seed = 1; seed <= 5; seed++) {
            List<List<TermCount>> shuffled = new ArrayList<>(docs);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Terms.recurring(shuffled, 8)).isEqualTo(inOrder);
        }
        assertThat(inOrder).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void aTermInOnlyOneOfSeveralDocumentsIsNotRecurring() {
        TermStats s = new TermStats();
        s.add(List.of(new TermCount("shared", 2), new TermCount("unique", 50)));
        s.add(List.of(new TermCount("shared", 3)));
        assertThat(s.recurring(5)).containsExactly("shared");
    }
}
