package quire.pipeline.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT  | Sales rose 8.4% while costs fell 2 percent.              | 8.4%;2 percent
            PERCENT  | sales had fallen by 8.9 per- cent, from 882 million      | 8.9 per- cent
            AMOUNT   | Revenue reached EUR 412.6 million, or $450m.             | EUR 412.6 million;$450m
            AMOUNT   | The fee was 1,200 per year in 2023.                      | 1,200
            COUNT    | We employ 2,431 people in 14 countries since 1999.       | 2,431;14
            COUNT    | Table 3-2 lists the nine built-in global variables.      | nine
            COUNT    | TraceMonkey is fastest on 9 of the 26 benchmarks.        | 9 of the 26
            NUMBER   | The machine had 2 GB RAM and a 2.2 GHz CPU, up 5%.       | 2 GB;2.2 GHz;5%
            DATE     | The meeting is on 14 May 2025, not March 3, 2024.        | 14 May 2025;March 3, 2024
            DATE     | It opened in 2019.                                       | 2019
            YEAR     | Founded in 1987, listed in 2001.                         | 1987;2001
            NAME     | The report was signed by Sofia Lindqvist in Tampere.     | Sofia Lindqvist
            NAME     | The principal investigator was Dr. Viktor Novak.         | Viktor Novak
            LOCATION | The IBM office is in Rochester, Minnesota.               | Rochester;Minnesota
            """)
    void findsSpansOfTheAskedType(QuestionType type, String text, String expected) {
        List<String> found = Entities.find(text, type).stream().map(Entities.Span::text).toList();
        assertThat(found).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COUNT   | See pages 3-5 and section 2/3.
            PERCENT | No figures here at all.
            NAME    | The Board met in January.
            """)
    void findsNothingWhereThereIsNothingOfThatType(QuestionType type, String text) {
        assertThat(Entities.find(text, type)).isEmpty();
    }
}
