package quire.pipeline.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What percentage of participants discontinued the study?   | PERCENT
            What was the operating margin?                            | PERCENT
            By what percentage did revenue increase?                  | PERCENT
            How many people did the group employ?                     | COUNT
            How much was spent on research and development?           | AMOUNT
            What was the revenue for fiscal 2023?                     | AMOUNT
            In which year was the company founded?                    | YEAR
            When is the annual general meeting?                       | DATE
            Who is the Chief Executive Officer?                       | NAME
            Where is the company headquartered?                       | LOCATION
            Which IBM i release has the feature?                      | NUMBER
            Why did the board meet?                                   | SPAN
            revenue                                                   | AMOUNT
            Wie hoch war der Umsatz?                                  | SPAN
            """)
    void classifiesQuestionsByTheAnswerTheyWant(String question, QuestionType expected) {
        assertThat(QuestionType.of(question)).isEqualTo(expected);
    }
}
