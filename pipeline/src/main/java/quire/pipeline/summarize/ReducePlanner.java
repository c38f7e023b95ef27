package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups partial summaries for one reduce level: consecutive partials whose labelled texts fit the budget together.
 * Each partial is first cut to half the budget, so any two fit and every level at least halves the count; the
 * recursion therefore ends. Pure: the token counter is the only dependency.
 */
public final class ReducePlanner {

    private ReducePlanner() {
    }

    /** The reduce prompt's body for a group: one labelled partial per line. */
    public static String text(List<Partial> group) {
        return String.join("\n", group.stream().map(Partial::labelled).toList());
    }

    /** Consecutive groups covering {@code parts} in order, each with {@code count(text(group)) <= budget}. */
    public static List<List<Partial>> groups(List<Partial> parts, int budget, TokenCounter counter) {
        List<Partial> fitted = parts.stream().map(p -> fit(p, budget / 2 - 2, counter)).toList();
        List<List<Partial>> out = new ArrayList<>();
        List<Partial> cur = new ArrayList<>();
        for (Partial p : fitted) {
            cur.add(p);
            if (cur.size() > 1 && counter.count(text(cur)) > budget) {
                cur.remove(cur.size() - 1);
                out.add(cur);
                cur = new ArrayList<>(List.of(p));
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** The partial, with words cut from its end until its labelled text takes at most {@code limit} tokens. */
    static Partial fit(Partial p, int limit, TokenCounter counter) {
        if (counter.count(p.labelled()) <= limit) {
            return p;
        }
        String[] words = p.text().split("\\s+");
        int lo = 0;
        int hi = words.length;
        while (lo < hi) { // the most words that fit
            int mid = (lo + hi + 1) / 2;
            Partial candidate = new Partial(String.join(" ", List.of(words).subList(0, mid)), p.firstPage(),
                    p.lastPage());
            if (counter.count(candidate.labelled()) <= limit) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String text = String.join(" ", List.of(words).subList(0, lo));
        if (lo == 0 && !words[0].isEmpty()) { // one long token run: keep a prefix by characters
            String w = words[0];
            int keep = w.length();
            while (keep > 0 && counter.count(new Partial(w.substring(0, keep), p.firstPage(), p.lastPage())
                    .labelled()) > limit) {
                keep = keep * 3 / 4;
            }
            text = w.substring(0, keep);
        }
        return new Partial(text, p.firstPage(), p.lastPage());
    }
}
