package quire.app.cli;

import java.util.ArrayList;
import java.util.List;

/** {@code --pages} ranges such as {@code 1-3,7,10-}: page numbers from 1, clipped to the document. */
final class PageRanges {

    private PageRanges() {
    }

    /** The pages of {@code spec} (all pages when null or blank), in order, without repeats. */
    static List<Integer> parse(String spec, int pageCount) throws UsageException {
        List<Integer> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            for (int p = 1; p <= pageCount; p++) {
                out.add(p);
            }
            return out;
        }
        for (String part : spec.split(",")) {
            String s = part.trim();
            int dash = s.indexOf('-');
            int from;
            int to;
            try {
                if (dash < 0) {
                    from = Integer.parseInt(s);
                    to = from;
                } else {
                    from = dash == 0 ? 1 : Integer.parseInt(s.substring(0, dash).trim());
                    to = dash == s.length() - 1 ? pageCount : Integer.parseInt(s.substring(dash + 1).trim());
                }
            } catch (NumberFormatException e) {
                throw new UsageException("bad page range '" + spec + "': use e.g. 1-3,7,10-");
            }
            if (from < 1 || to < from) {
                throw new UsageException("bad page range '" + s + "': pages count from 1, low-high");
            }
            for (int p = from; p <= Math.min(to, pageCount); p++) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("page range '" + spec + "' is outside the document's " + pageCount + " pages");
        }
        return out;
    }
}
