package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a document's text into chunks of whole sentences or lines that fit a token budget. A page's first unit in a
 * chunk carries a {@code [p. N]} marker so the model (and the page attribution after it) knows where text came from;
 * units of one page are joined by a space, pages by a newline. A single unit over the budget is cut at word
 * boundaries. Pure: the token counter is the only dependency.
 */
public final class ChunkPlanner {

    private ChunkPlanner() {
    }

    /** Every sentence or line of the pages (index i = page i + 1), fragments and headings included. */
    public static List<KeySentence> units(List<String> pageTexts) {
        List<KeySentence> out = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            for (String block : Sentences.blocks(pageTexts.get(i))) {
                for (String piece : Sentences.pieces(block)) {
                    out.add(new KeySentence(piece, i + 1));
                }
            }
        }
        return out;
    }

    /** Chunks in page order, each with {@code tokens <= budget} (counted on the chunk's final text). */
    public static List<Chunk> plan(List<KeySentence> units, int budget, TokenCounter counter) {
        if (budget < 16) {
            throw new IllegalArgumentException("a chunk budget of " + budget + " tokens is too small");
        }
        List<KeySentence> fitted = new ArrayList<>();
        for (KeySentence u : units) {
            fitted.addAll(split(u, budget - 8, counter));
        }
        List<Chunk> chunks = new ArrayList<>();
        List<KeySentence> cur = new ArrayList<>();
        int estimate = 0;
        for (KeySentence u : fitted) {
            boolean newPage = cur.isEmpty() || cur.get(cur.size() - 1).page() != u.page();
            int cost = counter.count((newPage ? marker(u.page()) : "") + u.text()) + 1;
            if (!cur.isEmpty() && estimate + cost > budget) {
                flush(cur, chunks, budget, counter);
                cur = new ArrayList<>();
                estimate = 0;
                cost = counter.count(marker(u.page()) + u.text()) + 1;
            }
            cur.add(u);
            estimate += cost;
        }
        if (!cur.isEmpty()) {
            flush(cur, chunks, budget, counter);
        }
        return chunks;
    }

    /** Adds the chunk; if joining made it longer than estimated, its tail units start further chunks. */
    private static void flush(List<KeySentence> units, List<Chunk> out, int budget, TokenCounter counter) {
        List<KeySentence> rest = new ArrayList<>(units);
        while (!rest.isEmpty()) {
            int n = rest.size();
            String text = text(rest.subList(0, n));
            int tokens = counter.count(text);
            while (tokens > budget && n > 1) {
                n--;
                text = text(rest.subList(0, n));
                tokens = counter.count(text);
            }
            out.add(new Chunk(text, rest.get(0).page(), rest.get(n - 1).page(), tokens));
            rest = new ArrayList<>(rest.subList(n, rest.size()));
        }
    }

    static String text(List<KeySentence> units) {
        StringBuilder sb = new StringBuilder();
        int page = -1;
        for (KeySentence u : units) {
            if (u.page() != page) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(marker(u.page()));
                page = u.page();
            } else {
                sb.append(' ');
            }
            sb.append(u.text());
        }
        return sb.toString();
    }

    static String marker(int page) {
        return "[p. " + page + "] ";
    }

    /** The unit itself, or word-boundary pieces of it that each fit (with their page marker) in {@code limit}. */
    static List<KeySentence> split(KeySentence unit, int limit, TokenCounter counter) {
        if (counter.count(marker(unit.page()) + unit.text()) <= limit) {
            return List.of(unit);
        }
        String[] words = unit.text().split("\\s+");
        if (words.length < 2) {
            // one enormous "word" (a URL, a run of symbols): cut by characters
            String t = unit.text();
            int half = t.length() / 2;
            List<KeySentence> out = new ArrayList<>(split(new KeySentence(t.substring(0, half), unit.page()), limit,
                    counter));
            out.addAll(split(new KeySentence(t.substring(half), unit.page()), limit, counter));
            return out;
        }
        int half = words.length / 2;
        List<KeySentence> out = new ArrayList<>(split(new KeySentence(
                String.join(" ", Arrays.asList(words).subList(0, half)), unit.page()), limit, counter));
        out.addAll(split(new KeySentence(String.join(" ", Arrays.asList(words).subList(half, words.length)),
                unit.page()), limit, counter));
        return out;
    }
}
