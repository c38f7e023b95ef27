package quire.pipeline.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quire.ocr.text.Line;
import quire.ocr.text.Word;
import quire.pipeline.ask.Entities.Span;
import quire.pipeline.ask.Units.Unit;
import quire.pipeline.ask.index.Analyzers;
import quire.pipeline.ask.index.Block;
import quire.pipeline.ask.index.Hit;
import quire.pipeline.ask.index.OcrWords;

/**
 * The embedded default engine: no model, answers are spans of the documents. It scores sentences (or table rows)
 * of the retrieved blocks by how much of the question's IDF weight they cover, then takes from the best one the
 * entity of the type the question asks for (nearest to the question's words, or under the matching table column),
 * or the sentence itself (at most {@link #MAX_WORDS} words) when no type applies.
 */
public final class ExtractiveEngine implements AnswerEngine {

    static final int MAX_WORDS = 30;
    static final int BLOCKS = 8;
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private final double threshold;

    /** @param threshold the confidence below which the answer is "not found" */
    public ExtractiveEngine(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "extractive";
    }

    @Override
    public Answer answer(Question q, List<Hit> hits, ToDoubleFunction<String> idf) {
        if (hits.isEmpty() || q.terms().isEmpty()) {
            return Answer.notFound(0);
        }
        Candidate best = null;
        double top = hits.get(0).fused();
        for (int r = 0; r < Math.min(BLOCKS, hits.size()); r++) {
            Hit hit = hits.get(r);
            Block block = hit.block();
            Set<String> blockTerms = new HashSet<>(Analyzers.terms(block.text()));
            boolean ocr = !block.lines().isEmpty() && OcrWords.isOcr(block.lines().get(0).words().get(0));
            double blockCov = coverage(q, blockTerms, idf, ocr);
            List<Unit> units = Units.of(block);
            for (Unit u : units) {
                Set<String> terms = new HashSet<>(Analyzers.terms(u.text()));
                int header = u.row() > 0 ? Units.headerRow(block, u.row()) : -1;
                if (header >= 0) {
                    terms.addAll(Analyzers.terms(block.lines().get(header).text()));
                }
                double cov = coverage(q, terms, idf, ocr);
                List<Span> spans = typed(q, u);
                double typeBonus = q.type() == QuestionType.SPAN ? 0.25 : strength(q.type(), spans);
                double score = 0.55 * cov + 0.2 * blockCov + 0.15 * hit.fused() / top + typeBonus;
                if (best == null || score > best.score) {
                    best = new Candidate(hit, u, spans, cov, blockCov, score);
                }
            }
        }
        if (best == null) {
            return Answer.notFound(0);
        }
        boolean typeMissing = q.type() != QuestionType.SPAN && best.spans.isEmpty();
        double confidence = Math.min(1.0, (0.75 * best.cov + 0.25 * best.blockCov) * (typeMissing ? 0.6 : 1.0));
        if (confidence < threshold) {
            return Answer.notFound(confidence);
        }
        int[] span = best.spans.isEmpty() ? sentenceWindow(q, best.unit) : pick(q, best, idf);
        String text = best.hit.block().text().substring(span[0], span[1]).replace('\n', ' ').strip();
        return new Answer(true, text, round(confidence), evidence(best, span));
    }

    /**
     * Typed spans of a unit, in block offsets, without what the question itself says: its numbers (e.g. its year)
     * are dropped, and a name loses the words the question used ("Chief Financial Officer Jonas Ferreira").
     */
    private static List<Span> typed(Question q, Unit u) {
        List<Span> out = new ArrayList<>();
        Set<String> qWords = new HashSet<>();
        for (String w : q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            qWords.add(w);
        }
        for (Span s : Entities.find(u.text(), q.type())) {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (q.numbers().contains(t)) {
                continue;
            }
            int start = u.start() + s.start();
            int end = u.start() + s.end();
            String text = s.text();
            if (q.type() == QuestionType.NAME || q.type() == QuestionType.LOCATION) {
                String[] words = text.split(" ");
                int a = 0;
                int b = words.length;
                while (a < b && qWords.contains(words[a].toLowerCase(Locale.ROOT))) {
                    start += words[a].length() + 1;
                    a++;
                }
                while (b > a && qWords.contains(words[b - 1].toLowerCase(Locale.ROOT))) {
                    end -= words[b - 1].length() + (b - 1 > a ? 1 : 0);
                    b--;
                }
                if (a == b || q.type() == QuestionType.NAME && b - a < 2) {
                    continue;
                }
                text = String.join(" ", java.util.Arrays.copyOfRange(words, a, b));
            }
            out.add(new Span(start, end, s.type(), text));
        }
        return out;
    }

    private static final Pattern MONEY = Pattern.compile("[$€£¥]|\\b(USD|EUR|GBP|CHF|JPY|dollars|euros|pounds|yen)\\b");

    /** How well a unit's spans fit the asked type: money for an amount beats a bare number. */
    private static double strength(QuestionType type, List<Span> spans) {
        if (spans.isEmpty()) {
            return 0;
        }
        if (type == QuestionType.AMOUNT && spans.stream().noneMatch(s -> MONEY.matcher(s.text()).find())) {
            return 0.12;
        }
        return 0.25;
    }

    /**
     * The IDF-weighted share of the question's terms found in {@code terms}; in OCR text a term also counts when
     * it is one misread letter away or run together with a neighbour ({@link #nearMatch}).
     */
    static double coverage(Question q, Set<String> terms, ToDoubleFunction<String> idf, boolean ocr) {
        double all = 0;
        double hit = 0;
        for (String t : q.terms()) {
            double w = idf.applyAsDouble(t);
            all += w;
            if (terms.contains(t) || ocr && terms.stream().anyMatch(u -> nearMatch(t, u))) {
                hit += w;
            }
        }
        return all == 0 ? 0 : hit / all;
    }

    /** For OCR text: {@code term} (5+ letters) is inside {@code word} or one edit away from it. */
    static boolean nearMatch(String term, String word) {
        if (term.length() < 5 || word.length() < 5) {
            return false;
        }
        if (word.contains(term)) {
            return true;
        }
        if (Math.abs(term.length() - word.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < term.length() && i < word.length() && term.charAt(i) == word.charAt(i)) {
            i++;
        }
        // one substitution, insertion or deletion at i: the rest must agree
        return term.substring(i + Math.min(1, term.length() - i)).equals(word.substring(i + Math.min(1,
                word.length() - i)))
                || term.substring(i).equals(word.substring(Math.min(word.length(), i + 1)))
                || term.substring(Math.min(term.length(), i + 1)).equals(word.substring(i));
    }

    /** The typed span to answer with: under the matching column in a table row, else nearest the question words. */
    private int[] pick(Question q, Candidate c, ToDoubleFunction<String> idf) {
        Block block = c.hit.block();
        if (c.unit.row() > 0 && Units.headerRow(block, c.unit.row()) >= 0 && c.spans.size() > 1) {
            int[] col = byColumn(q, block, c);
            if (col != null) {
                return col;
            }
        }
        // the span whose clause holds most of the question's weight, then the one nearest a question word
        List<Integer> anchors = anchors(q, block.text(), c.unit);
        Span best = c.spans.get(0);
        double bestKey = -Double.MAX_VALUE;
        for (Span s : c.spans) {
            int d = Integer.MAX_VALUE;
            for (int a : anchors) {
                d = Math.min(d, a < s.start() ? s.start() - a : Math.max(0, a - s.end()));
            }
            double key = clauseWeight(q, block.text(), c.unit, s, idf) + focusBonus(q, block.text(), s, c.unit)
                    - d / 10_000.0;
            if (key > bestKey) {
                bestKey = key;
                best = s;
            }
        }
        int end = best.end();
        if (q.type() == QuestionType.COUNT) {
            end = withCountedNoun(q, block.text(), end, c.unit.end());
        }
        return new int[] {best.start(), end};
    }

    /** In a table row, the cell under the header word the question names (e.g. its year or column label). */
    private static int[] byColumn(Question q, Block block, Candidate c) {
        Line header = block.lines().get(Units.headerRow(block, c.unit.row()));
        Set<String> qTerms = new HashSet<>(q.terms());
        Double x = null;
        for (Word w : header.words()) {
            List<String> t = Analyzers.terms(w.text());
            if (!t.isEmpty() && qTerms.contains(t.get(0)) || q.numbers().contains(w.text().toLowerCase(Locale.ROOT))) {
                x = w.bbox().centerX();
            }
        }
        if (x == null) {
            return null;
        }
        Span best = null;
        double bestDist = Double.MAX_VALUE;
        for (Span s : c.spans) {
            var boxes = SpanLocator.locate(block, s.start(), s.end());
            if (boxes.isEmpty()) {
                continue;
            }
            double d = Math.abs(boxes.get(0).bbox().centerX() - x);
            if (d < bestDist) {
                bestDist = d;
                best = s;
            }
        }
        return best == null ? null : new int[] {best.start(), best.end()};
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:()]|\\s(?:and|but|while|whereas|compared with|compared to|versus|against)\\s");

    /** IDF weight of the distinct question terms in the clause of the unit around {@code s}. */
    private static double clauseWeight(Question q, String text, Unit u, Span s, ToDoubleFunction<String> idf) {
        String unit = text.substring(u.start(), u.end());
        int from = 0;
        int to = unit.length();
        Matcher m = CLAUSE_BREAK.matcher(unit);
        while (m.find()) {
            if (m.end() <= s.start() - u.start()) {
                from = m.end();
            } else if (m.start() >= s.end() - u.start()) {
                to = m.start();
                break;
            }
        }
        Set<String> clause = new HashSet<>(Analyzers.terms(unit.substring(from, to)));
        double w = 0;
        for (String t : q.terms()) {
            if (clause.contains(t)) {
                w += idf.applyAsDouble(t);
            }
        }
        return w;
    }

    /** A large bonus when the words right after a number are the thing the question counts. */
    private static double focusBonus(Question q, String text, Span s, Unit u) {
        if (q.focus().isEmpty()) {
            return 0;
        }
        Matcher m = TOKEN.matcher(text).region(s.end(), u.end());
        for (int i = 0; i < 3 && m.find(); i++) {
            for (String t : Analyzers.terms(m.group())) {
                if (q.focus().contains(t)) {
                    return 100;
                }
            }
        }
        return 0;
    }

    /** Offsets in the block text of the unit's words that match a question term. */
    private static List<Integer> anchors(Question q, String text, Unit u) {
        Set<String> qTerms = new HashSet<>(q.terms());
        List<Integer> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(u.start(), u.end());
        while (m.find()) {
            for (String t : Analyzers.terms(m.group())) {
                if (qTerms.contains(t)) {
                    out.add(m.start());
                }
            }
        }
        if (out.isEmpty()) {
            out.add(u.start());
        }
        return out;
    }

    /** "How many employees": extends "1,240" to "1,240 employees" when the next word is the counted noun. */
    private static int withCountedNoun(Question q, String text, int end, int limit) {
        Matcher m = TOKEN.matcher(text).region(end, limit);
        if (m.find() && m.start() - end <= 1) {
            List<String> t = Analyzers.terms(m.group());
            if (!t.isEmpty() && (q.terms().contains(t.get(0)) || q.focus().contains(t.get(0)))) {
                return m.start() + m.group().replaceAll("[.,;:]+$", "").length();
            }
        }
        return end;
    }

    /** The whole sentence, or the {@link #MAX_WORDS}-word window of it holding most question words. */
    private static int[] sentenceWindow(Question q, Unit u) {
        String text = u.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.size() <= MAX_WORDS) {
            return new int[] {u.start(), u.end()};
        }
        Set<String> qTerms = new HashSet<>(q.terms());
        int[] hits = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            hits[i] = Analyzers.terms(text.substring(w[0], w[1])).stream().anyMatch(qTerms::contains) ? 1 : 0;
        }
        int bestStart = 0;
        int bestHits = -1;
        for (int s = 0; s + MAX_WORDS <= words.size(); s++) {
            int h = 0;
            for (int i = s; i < s + MAX_WORDS; i++) {
                h += hits[i];
            }
            if (h > bestHits) {
                bestHits = h;
                bestStart = s;
            }
        }
        return new int[] {u.start() + words.get(bestStart)[0], u.start() + words.get(bestStart + MAX_WORDS - 1)[1]};
    }

    private static List<Evidence> evidence(Candidate c, int[] span) {
        Block block = c.hit.block();
        List<Evidence> out = new ArrayList<>();
        List<SpanLocator.LineSpan> lines = SpanLocator.locate(block, span[0], span[1]);
        for (int i = 0; i < lines.size(); i++) {
            SpanLocator.LineSpan ls = lines.get(i);
            String context = i == 0 ? limitWords(c.unit.text(), 2 * MAX_WORDS) : block.lines().get(ls.line()).text();
            out.add(new Evidence(c.hit.index().file(), block.page(), ls.bbox(), context));
        }
        return out;
    }

    private static String limitWords(String s, int n) {
        String[] w = s.split("\\s+");
        return w.length <= n ? s : String.join(" ", java.util.Arrays.copyOf(w, n)) + " …";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private record Candidate(Hit hit, Unit unit, List<Span> spans, double cov, double blockCov, double score) {
    }
}
