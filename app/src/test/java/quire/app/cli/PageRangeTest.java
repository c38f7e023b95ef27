package quire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quire.pipeline.document.DocumentException;

class PageRangeTest {

    @ParameterizedTest(name = "''{0}'' of {1} pages -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1-3,7    | 10 | 1 2 3 7
            7,1-3    | 10 | 1 2 3 7
            2        | 5  | 2
            3-       | 5  | 3 4 5
            -2       | 5  | 1 2
            1-2,2-3  | 5  | 1 2 3
            ' 4 , 1 '| 5  | 1 4
            all      | 3  | 1 2 3
            ''       | 3  | 1 2 3
            5-5      | 5  | 5
            """)
    void selectsPages(String spec, int pageCount, String expected) throws Exception {
        List<Integer> want = Arrays.stream(expected.trim().split(" ")).map(Integer::valueOf).toList();
        assertThat(PageRange.parse(spec).resolve(pageCount)).isEqualTo(want);
    }

    @ParameterizedTest(name = "''{0}'' is a usage error")
    @CsvSource(delimiter = '|', textBlock = """
            3-1
            0
            a
            1,,2
            -
            1-2-3
            -5-
            1.5
            99999999999
            '1,'
            """)
    void rejectsBadSyntaxAsUsageError(String spec) {
        assertThatThrownBy(() -> PageRange.parse(spec)).isInstanceOf(UsageException.class)
                .hasMessageContaining("bad page range");
    }

    @ParameterizedTest(name = "''{0}'' of {1} pages is out of range")
    @CsvSource(delimiter = '|', textBlock = """
            4     | 3
            2-4   | 3
            4-    | 3
            """)
    void rejectsPagesTheDocumentLacks(String spec, int pageCount) throws Exception {
        PageRange range = PageRange.parse(spec);
        assertThatThrownBy(() -> range.resolve(pageCount)).isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).reason())
                .isEqualTo(DocumentException.Reason.PAGE_OUT_OF_RANGE);
    }
}
