package quire.pipeline.doctags;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DocTags text into tags and text. A tag is {@code <name>} or {@code </name>} with a name of ASCII letters,
 * digits and underscores; anything else, such as the {@code <>} of SQL or {@code a < b}, stays text.
 */
final class DocTagsLexer {

    /** A lexical token: a tag or a run of text. */
    sealed interface Token permits Tag, Text {
    }

    record Tag(String name, boolean closing) implements Token {
        @Override
        public String toString() {
            return closing ? "</" + name + ">" : "<" + name + ">";
        }
    }

    record Text(String text) implements Token {
    }

    private DocTagsLexer() {
    }

    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end = c == '<' ? tagEnd(s, i) : -1;
            if (end < 0) {
                text.append(c);
                i++;
                continue;
            }
            if (text.length() > 0) {
                out.add(new Text(text.toString()));
                text.setLength(0);
            }
            boolean closing = s.charAt(i + 1) == '/';
            out.add(new Tag(s.substring(i + (closing ? 2 : 1), end), closing));
            i = end + 1;
        }
        if (text.length() > 0) {
            out.add(new Text(text.toString()));
        }
        return out;
    }

    /**
     * Index of the {@code >} closing a tag that starts at {@code start}, or -1 when it is not a tag. Names start
     * with an ASCII letter ({@code loc_12}, {@code fcel}) or are wrapped in underscores ({@code _python_}).
     */
    private static int tagEnd(String s, int start) {
        int i = start + 1;
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '>') {
                return validName(s.substring(nameStart, i)) ? i : -1;
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (name.charAt(0) == '_') {
            return name.length() > 2 && name.endsWith("_");
        }
        return isAsciiLetter(name.charAt(0));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
