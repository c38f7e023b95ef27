package quire.pipeline.chart.metric;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads a table cell as a number the way chart tables write them: currency symbols, {@code %}, footnote marks
 * ({@code * † ‡ § ¶} and superscript digits) and thousands separators (comma groups of three, spaces, thin and
 * no-break spaces) are removed first; a single comma with no point is a decimal comma ({@code 1,5} = 1.5) unless it
 * groups exactly three digits ({@code 1,500} = 1500). {@code -}, empty and anything else that is not a plain number
 * afterwards is text (empty result). The Unicode minus counts as a minus sign.
 */
public final class CellNumbers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private CellNumbers() {
    }

    public static OptionalDouble parse(String cell) {
        if (cell == null) {
            return OptionalDouble.empty();
        }
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\u2212' || c == '\u2013') {
                sb.append('-');
            } else if (!isDropped(c)) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        if (!NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static boolean isDropped(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL
                || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '%' || c == '*' || c == '\u2020' || c == '\u2021' || c == '\u00A7' || c == '\u00B6'
                || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || (c >= '\u2070' && c <= '\u2079');
    }
}
