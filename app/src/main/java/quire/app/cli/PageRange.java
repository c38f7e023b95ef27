package quire.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import quire.pipeline.document.DocumentException;
import quire.pipeline.document.DocumentException.Reason;

/**
 * A page selection such as {@code 1-3,7,10-}: comma-separated pages and ranges, counted from 1; {@code N-} runs to
 * the last page and {@code -N} from the first. Bad syntax is a usage error (exit 2); a page the document lacks is
 * reported when the selection meets the document (exit 3).
 */
public record PageRange(List<int[]> parts) {

    /** Every page. */
    public static final PageRange ALL = new PageRange(List.of(new int[] {1, Integer.MAX_VALUE}));

    public PageRange {
        parts = List.copyOf(parts);
    }

    /** Parses a selection; null or blank means every page. */
    public static PageRange parse(String spec) throws UsageException {
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        List<int[]> parts = new ArrayList<>();
        for (String raw : spec.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw bad(spec, "an empty item");
            }
            int dash = item.indexOf('-');
            if (dash < 0) {
                int p = number(item, spec);
                parts.add(new int[] {p, p});
                continue;
            }
            String from = item.substring(0, dash).strip();
            String to = item.substring(dash + 1).strip();
            if (from.isEmpty() && to.isEmpty()) {
                throw bad(spec, "a range without ends");
            }
            int a = from.isEmpty() ? 1 : number(from, spec);
            int b = to.isEmpty() ? Integer.MAX_VALUE : number(to, spec);
            if (a > b) {
                throw bad(spec, "the range " + item + " runs backwards");
            }
            parts.add(new int[] {a, b});
        }
        return new PageRange(parts);
    }

    /** The selected pages of a document with {@code pageCount} pages, ascending, each once. */
    public List<Integer> resolve(int pageCount) throws DocumentException {
        TreeSet<Integer> pages = new TreeSet<>();
        for (int[] part : parts) {
            boolean openEnd = part[1] == Integer.MAX_VALUE;
            if (part[0] > pageCount || (!openEnd && part[1] > pageCount)) {
                int missing = part[0] > pageCount ? part[0] : part[1];
                throw new DocumentException(Reason.PAGE_OUT_OF_RANGE, "there is no page " + missing
                        + "; the document has " + pageCount + (pageCount == 1 ? " page" : " pages"));
            }
            for (int p = part[0]; p <= Math.min(part[1], pageCount); p++) {
                pages.add(p);
            }
        }
        return List.copyOf(pages);
    }

    private static int number(String s, String spec) throws UsageException {
        if (!s.chars().allMatch(Character::isDigit) || s.length() > 9) {
            throw bad(spec, "'" + s + "' is not a page number");
        }
        int n = Integer.parseInt(s);
        if (n < 1) {
            throw bad(spec, "pages count from 1");
        }
        return n;
    }

    private static UsageException bad(String spec, String why) {
        return new UsageException("bad page range '" + spec + "': " + why + "; use e.g. --pages 1-3,7");
    }
}
