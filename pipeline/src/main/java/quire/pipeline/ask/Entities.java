package quire.pipeline.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds typed spans (amounts, percentages, dates, names, ...) in a piece of text with regular expressions. */
public final class Entities {

    /** A typed span {@code [start, end)} of the text. */
    public record Span(int start, int end, QuestionType type, String text) {
    }

    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "(?:\\s?(?:million|billion|thousand|trillion|bn|mn|m|k)\\b)?";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern PERCENT = Pattern.compile(
            "[-+−]?(?:" + NUM + ")\\s?(?:%|per-?\\s?cent\\b|percentage points?\\b|pp\\b)");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:[$€£¥]|\\b(?:USD|EUR|GBP|CHF|JPY|US\\$)\\s?)[-−]?(?:" + NUM + ")" + SCALE
            + "|\\b(?:" + NUM + ")" + SCALE + "\\s?(?:dollars|euros|pounds|USD|EUR|GBP|CHF|yen)\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s" + MONTH + ",?\\s\\d{4}"
            + "|" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}"
            + "|" + MONTH + "\\s\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
            + "|Q[1-4]\\s\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");
    private static final String UNIT = "(?:\\s?(?:GB|MB|KB|TB|GHz|MHz|kg|km|cm|mm|mg|ml|ms|x|×|times|hours|days|weeks|"
            + "months|years|kilometres|kilometers|miles|tonnes|tons|litres|liters|metres|meters)\\b)?";
    private static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
            + "twenty|thirty|forty|fifty|hundred|dozen";
    /** A number (or number word), "9 of the 26", with a scale or unit; not inside ranges like "3-2". */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\\-/])(?:[-−]?(?:" + NUM + ")(?![-/]\\d)"
            + "(?:\\s+of\\s+(?:the\\s+)?(?:" + NUM + "))?" + SCALE + UNIT + "|(?i:" + WORDS + ")\\b)");
    private static final Pattern CAPS = Pattern.compile(
            "\\b(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.)(?:\\s(?:(?:van|von|de|der|da|di|la|le|of|del)\\s)?"
            + "(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.))*");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "For", "By", "Of", "And",
            "This", "That", "These", "Our", "We", "It", "Its", "As", "To", "From", "With", "Table", "Figure", "Page",
            "Section", "Chapter", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Total", "Revenue", "Q1", "Q2", "Q3", "Q4", "I");

    private Entities() {
    }

    /** Spans of the type asked for, in text order; NUMBER/COUNT/AMOUNT fall back to plain numbers. */
    public static List<Span> find(String text, QuestionType type) {
        return switch (type) {
            case PERCENT -> {
                // "rate" and "ratio" questions may be answered by a bare number (an exchange rate, 1.8)
                List<Span> pct = match(PERCENT, text, type);
                yield pct.isEmpty() ? numbers(text, QuestionType.NUMBER) : pct;
            }
            case AMOUNT -> {
                List<Span> money = match(AMOUNT, text, type);
                yield money.isEmpty() ? numbers(text, type) : money;
            }
            case DATE -> {
                List<Span> dates = match(DATE, text, type);
                yield dates.isEmpty() ? match(YEAR, text, type) : dates;
            }
            case YEAR -> match(YEAR, text, type);
            case COUNT, NUMBER -> numbers(text, type);
            case NAME, LOCATION -> names(text, type);
            case SPAN -> List.of();
        };
    }

    /**
     * Numbers: for COUNT and AMOUNT-without-currency the bare numbers outside percentages and dates; for NUMBER
     * every numeric span, a percentage or money amount winning over the bare number inside it.
     */
    private static List<Span> numbers(String text, QuestionType type) {
        List<Span> out = new ArrayList<>();
        if (type == QuestionType.NUMBER) {
            out.addAll(match(PERCENT, text, type));
            out.addAll(match(AMOUNT, text, type));
            out.addAll(match(NUMBER, text, type));
            out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : Integer.compare(b.end(), a.end()));
            List<Span> merged = new ArrayList<>();
            for (Span s : out) {
                if (merged.isEmpty() || s.start() >= merged.get(merged.size() - 1).end()) {
                    merged.add(s);
                }
            }
            return merged;
        }
        List<Span> taken = new ArrayList<>(match(PERCENT, text, type));
        taken.addAll(match(DATE, text, type));
        for (Span s : match(NUMBER, text, type)) {
            // a bare 1800..2099 is a year label (a table header, "in 2023"), not a count or an amount
            if (YEAR.matcher(s.text()).matches()) {
                continue;
            }
            if (taken.stream().noneMatch(t -> s.start() < t.end() && t.start() < s.end())) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> names(String text, QuestionType type) {
        List<Span> out = new ArrayList<>();
        Matcher m = CAPS.matcher(text);
        while (m.find()) {
            int start = m.start();
            String s = m.group();
            // drop leading function words such as "The" in "The Lisbon office"
            while (true) {
                int sp = s.indexOf(' ');
                String first = sp < 0 ? s : s.substring(0, sp);
                if (!NOT_NAMES.contains(first)) {
                    break;
                }
                if (sp < 0) {
                    s = "";
                    break;
                }
                s = s.substring(sp + 1);
                start += sp + 1;
            }
            if (s.matches("[\\p{Lu}\\d]+( [\\p{Lu}\\d]+)*")) {
                continue; // acronyms (IBM, ITSO) and shouted headings are not people or places
            }
            if (s.length() < 2 || (type == QuestionType.NAME && !s.contains(" ") && !s.contains("."))) {
                if (!(type == QuestionType.LOCATION && s.length() >= 3)) {
                    continue;
                }
            }
            out.add(new Span(start, start + s.length(), type, s));
        }
        return out;
    }

    private static List<Span> match(Pattern p, String text, QuestionType type) {
        List<Span> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), type, m.group().strip()));
        }
        return out;
    }
}
