package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that matter in a sentence — money, percentages, amounts with a scale word or unit — with the words
 * before them as their label: "Revenue rose to $4.2 million" gives label "Revenue", value "$4.2 million".
 */
final class KeyFigures {

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.])((?:[$€£¥]\\s?|(?:USD|EUR|GBP)\\s)?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:[$€£¥]\\s?|(?:USD|EUR|GBP)\\s)?\\d+(?:\\.\\d+)?)"
                    + "(\\s?(?:%|(?:percent|per cent|million|billion|thousand|trillion|bn|mn|[kKmMbB](?![a-z])"
                    + "|tonnes|tons|kg|km|MW|GW|kWh|MWh|GWh|units|employees|customers|users|people|points|bps|x)\\b))?");
    /** Words that sit between a label and its number and say nothing about what is measured. */
    private static final Set<String> FILLER = Set.of("was", "were", "is", "are", "be", "been", "of", "to", "by", "at",
            "from", "reached", "grew", "rose", "fell", "increased", "decreased", "declined", "totaled", "totalled",
            "totaling", "amounted", "stood", "came", "in", "the", "a", "an", "and", "about", "around", "approximately",
            "nearly", "almost", "over", "under", "roughly", "some", "up", "down", "with", "for", "on", "our", "its",
            "their", "than", "more", "less", "just", "only", "had", "has", "have", "reported", "recorded", "");
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_PER_DOC = 12;

    private KeyFigures() {
    }

    static List<KeyFigure> extract(List<KeySentence> sentences) {
        Set<String> seen = new LinkedHashSet<>();
        List<KeyFigure> out = new ArrayList<>();
        for (KeySentence s : sentences) {
            Matcher m = FIGURE.matcher(s.text());
            while (m.find() && out.size() < MAX_PER_DOC) {
                String number = m.group(1);
                String unit = m.group(2) == null ? "" : m.group(2);
                boolean money = number.matches("^[$€£¥A-Z].*");
                if (!money && unit.isBlank()) {
                    continue; // a bare number: a year, a count, a page reference
                }
                String label = label(s.text().substring(0, m.start()));
                if (label.isEmpty()) {
                    continue;
                }
                String value = (number + unit).strip();
                if (seen.add(label.toLowerCase(Locale.ROOT) + "|" + value)) {
                    out.add(new KeyFigure(label, value, s.page()));
                }
            }
        }
        return out;
    }

    /** The last few content words before the number, clipped at punctuation, without trailing filler. */
    static String label(String before) {
        String clause = before;
        int cut = Math.max(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')),
                Math.max(clause.lastIndexOf(':'), clause.lastIndexOf('(')));
        if (cut >= 0 && clause.substring(cut + 1).strip().split("\\s+").length >= 1
                && !clause.substring(cut + 1).isBlank()) {
            clause = clause.substring(cut + 1);
        }
        List<String> words = new ArrayList<>(List.of(clause.strip().split("\\s+")));
        while (!words.isEmpty() && FILLER.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        // keep the noun phrase right before the verb: drop leading filler too
        int from = Math.max(0, words.size() - MAX_LABEL_WORDS);
        List<String> kept = new ArrayList<>(words.subList(from, words.size()));
        while (!kept.isEmpty() && FILLER.contains(kept.get(0).toLowerCase(Locale.ROOT))) {
            kept.remove(0);
        }
        String label = String.join(" ", kept).replaceAll("[^\\p{L}\\p{N})]+$", "");
        return label.matches(".*\\p{L}.*") ? label : "";
    }
}
