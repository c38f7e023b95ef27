package quire.pipeline.ask.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer of the ask index: English's chain (possessives, lower case, stop words, Porter stems) with the
 * common irregular verbs mapped to their base form first, so "began" meets "begin" and "rose" meets "rise".
 */
public final class Analyzers {

    public static final String TEXT = "text";
    private static final StemmerOverrideFilter.StemmerOverrideMap IRREGULAR = irregular();
    private static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new EnglishPossessiveFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            ts = new StemmerOverrideFilter(ts, IRREGULAR);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };

    private Analyzers() {
    }

    public static Analyzer english() {
        return ENGLISH;
    }

    private static final java.util.regex.Pattern HYPHEN_BREAK =
            java.util.regex.Pattern.compile("(\\p{L})-[\\n ](\\p{Ll})");

    /** Joins words hyphenated at a line end ("broad-\ncasters" → "broadcasters") before analysis. */
    public static String dehyphenate(String text) {
        return HYPHEN_BREAK.matcher(text).replaceAll("$1$2");
    }

    /** The index terms of {@code text} (dehyphenated), in order, repeats kept. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream(TEXT, dehyphenate(text))) {
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

    private static StemmerOverrideFilter.StemmerOverrideMap irregular() {
        String[][] pairs = {
            {"began", "begin"}, {"begun", "begin"}, {"took", "take"}, {"taken", "take"}, {"rose", "rise"},
            {"risen", "rise"}, {"fell", "fall"}, {"fallen", "fall"}, {"grew", "grow"}, {"grown", "grow"},
            {"won", "win"}, {"spent", "spend"}, {"held", "hold"}, {"led", "lead"}, {"paid", "pay"},
            {"sold", "sell"}, {"bought", "buy"}, {"made", "make"}, {"gave", "give"}, {"given", "give"},
            {"went", "go"}, {"gone", "go"}, {"came", "come"}, {"saw", "see"}, {"seen", "see"},
            {"built", "build"}, {"brought", "bring"}, {"chose", "choose"}, {"chosen", "choose"},
            {"wrote", "write"}, {"written", "write"}, {"met", "meet"}, {"left", "leave"}, {"found", "find"},
            {"kept", "keep"}, {"lost", "lose"}, {"set", "set"}, {"ran", "run"}, {"drew", "draw"},
            {"drawn", "draw"}, {"knew", "know"}, {"known", "know"}, {"thought", "think"}, {"told", "tell"},
            {"became", "become"}, {"felt", "feel"}, {"meant", "mean"}, {"cost", "cost"}, {"hired", "hire"},
        };
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        for (String[] p : pairs) {
            b.add(p[0], p[1]);
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building a small in-memory map cannot fail", e);
        }
    }
}
