package quire.pipeline.ask.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The one analyzer of the ask index (English: lower case, stop words, Porter stems) and a helper to run it. */
public final class Analyzers {

    public static final String TEXT = "text";
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Analyzers() {
    }

    public static Analyzer english() {
        return ENGLISH;
    }

    /** The index terms of {@code text}, in order, repeats kept. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }
}
