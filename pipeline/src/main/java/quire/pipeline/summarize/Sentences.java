package quire.pipeline.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits page text into sentences, keeping the page each came from. */
final class Sentences {

    /** A sentence ends at . ! or ? followed by space and an upper-case letter, digit or quote; not after "e.g". */
    private static final Pattern END = Pattern.compile("(?<=[.!?])[\"')\\]]?\\s+(?=[A-Z0-9\"'(\\[])");
    private static final Pattern ABBREV = Pattern.compile(
            "(?i).*\\b(e\\.g|i\\.e|etc|vs|mr|mrs|ms|dr|fig|no|approx|inc|ltd|co|p)\\.$");
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 400;

    private Sentences() {
    }

    /** Sentences of 5+ words from the pages' text (index i = page i + 1); headings and fragments are dropped. */
    static List<KeySentence> split(List<String> pageTexts) {
        List<KeySentence> out = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            for (String block : blocks(pageTexts.get(i))) {
                splitBlock(out, block, i + 1);
            }
        }
        return out;
    }

    /**
     * Cuts the page at heading-like lines (short, no closing punctuation, followed by a capitalised line) so a
     * heading never glues onto the sentence after it.
     */
    static List<String> blocks(String page) {
        // line breaks inside a paragraph are not sentence ends; hyphenated breaks are joined
        List<String> blocks = new ArrayList<>();
        String[] lines = page.replaceAll("-\\n(?=[a-z])", "").split("\\n");
        StringBuilder cur = new StringBuilder();
        for (int j = 0; j < lines.length; j++) {
            String line = lines[j].strip();
            cur.append(line).append(' ');
            boolean heading = !line.isEmpty() && line.split("\\s+").length < 8
                    && !line.matches(".*[.!?:;,\"')]$") && j + 1 < lines.length
                    && lines[j + 1].strip().matches("^[A-Z0-9].*");
            if (heading || line.isEmpty()) {
                blocks.add(cur.toString());
                cur.setLength(0);
            }
        }
        blocks.add(cur.toString());
        return blocks;
    }

    private static void splitBlock(List<KeySentence> out, String block, int page) {
        for (String piece : pieces(block)) {
            add(out, piece, page);
        }
    }

    /** Every sentence-like piece of a block, fragments and headings included (the map-reduce chunker's units). */
    static List<String> pieces(String block) {
        List<String> out = new ArrayList<>();
        String text = block.replaceAll("\\s+", " ").strip();
        int start = 0;
        Matcher m = END.matcher(text);
        StringBuilder pending = new StringBuilder();
        while (m.find()) {
            String piece = text.substring(start, m.start()).strip();
            start = m.end();
            pending.append(pending.length() > 0 ? " " : "").append(piece);
            if (!ABBREV.matcher(piece).matches()) {
                addPiece(out, pending.toString());
                pending.setLength(0);
            }
        }
        pending.append(pending.length() > 0 ? " " : "").append(text.substring(start).strip());
        addPiece(out, pending.toString());
        return out;
    }

    private static void addPiece(List<String> out, String piece) {
        String t = piece.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static void add(List<KeySentence> out, String s, int page) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || !t.matches("(?s).*[.!?][\"')\\]]?$")) {
            return;
        }
        if (t.split("\\s+").length < MIN_WORDS) {
            return;
        }
        out.add(new KeySentence(t, page));
    }
}
