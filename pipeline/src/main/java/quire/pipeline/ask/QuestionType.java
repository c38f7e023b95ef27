package quire.pipeline.ask;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kind of answer a question asks for, from its wording. */
public enum QuestionType {
    PERCENT, AMOUNT, COUNT, YEAR, DATE, NAME, LOCATION, NUMBER, SPAN;

    private static final Pattern PERCENT_Q = Pattern.compile(
            "\\b(what|which) (percentage|percent|share|proportion|fraction|rate)\\b|\\bhow many percent|\\bwhat % |"
            + "\\bby what (percentage|percent)|\\b(percentage|percent|margin|growth rate|rate) (was|is|did|of)\\b");
    /** Nouns that are usually percentages ("the operating margin", "the recycling rate"). */
    private static final Pattern RATE_Q = Pattern.compile("\\b(margin|rate|share|proportion|ratio)\\b");
    private static final Pattern COUNT_Q = Pattern.compile("\\bhow many\\b|\\b(number|count) of\\b");
    private static final Pattern AMOUNT_Q = Pattern.compile("\\bhow much\\b|\\b(cost|price|budget|revenue|"
            + "sales|income|profit|loss|spend|spending|spent|salary|fee|fees|amount|value|turnover|ebitda|"
            + "investment|funding|debt|expenses?|payment|paid|worth|raised|earn|earned)\\b");
    private static final Pattern YEAR_Q = Pattern.compile("\\b(what|which|in what|in which) year\\b|\\bwhat year\\b");
    private static final Pattern DATE_Q = Pattern.compile("^when\\b|\\bwhen (was|were|did|does|is|will)\\b|"
            + "\\b(what|which) (date|day|month)\\b|\\bdeadline\\b|\\bon what date\\b");
    private static final Pattern NAME_Q = Pattern.compile("^who\\b|\\bwho (is|was|were|are|led|leads|signed|wrote)|"
            + "\\bwhom\\b|\\bwhose\\b|\\bwhich person\\b|\\bname of the (person|author|ceo|director|chair|manager)|"
            + "\\bwho\\b");
    private static final Pattern LOCATION_Q = Pattern.compile("^where\\b|\\bwhere (is|was|are|were|did|does|will)\\b|"
            + "\\b(which|what|in which|in what) (city|country|town|location|region|site|state)\\b");
    private static final Pattern NUMBER_Q = Pattern.compile("\\bby how much\\b|\\b(which|what)( [\\w.]+){0,3} (release|version)\\b|\\bwhat (was|is|were) the (total|"
            + "average|median|ratio|score|size|length|weight|capacity|volume|temperature|speed)\\b");

    /** Classifies a question; {@link #SPAN} when nothing more specific fits. */
    public static QuestionType of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        if (PERCENT_Q.matcher(q).find()) {
            return PERCENT;
        }
        if (YEAR_Q.matcher(q).find()) {
            return YEAR;
        }
        if (DATE_Q.matcher(q).find()) {
            return DATE;
        }
        if (COUNT_Q.matcher(q).find()) {
            return COUNT;
        }
        if (NAME_Q.matcher(q).find()) {
            return NAME;
        }
        if (LOCATION_Q.matcher(q).find()) {
            return LOCATION;
        }
        if (NUMBER_Q.matcher(q).find()) {
            return NUMBER;
        }
        if (RATE_Q.matcher(q).find()) {
            return PERCENT;
        }
        if (AMOUNT_Q.matcher(q).find()) {
            return AMOUNT;
        }
        return SPAN;
    }
}
