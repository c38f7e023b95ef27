package quire.pipeline.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.ocr.text.BBox;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.document.DocumentException;

/** Real PDFBox documents, real Lucene indexes on disk, keyword retrieval (the dense path has its own test). */
class AskJobTest {

    @TempDir
    static Path dir;
    static Path report;
    static Path notes;

    @BeforeAll
    static void writeDocuments() throws Exception {
        report = TestPdfs.write(dir.resolve("report.pdf"), List.of(
                List.of("Annual Report of Harbourview Instruments",
                        "",
                        "Harbourview Instruments was founded in 1987 and is based in Tampere.",
                        "The board met eleven times during the year to review the strategy."),
                List.of("Financial Review",
                        "",
                        "Revenue for the year reached EUR 318.4 million, an increase of 6.2% on",
                        "the previous year, while the operating margin stayed at 9.1%.",
                        "At the end of the year the company employed 2,431 people in 14 countries."),
                List.of("Governance",
                        "",
                        "The annual general meeting will be held on 14 May 2025 in Tampere.",
                        "Chief Executive Officer Sofia Lindqvist signed the report.",
                        "",
                        "The new plant in Oulu will start production once the environmental",
                        "permit has been granted by the regional authority.")));
        notes = TestPdfs.write(dir.resolve("notes.pdf"), List.of(
                List.of("Site notes", "", "The Oulu warehouse stores 5,600 pallets of finished goods.")));
    }

    private static AskJob job(Path cache) {
        return new AskJob(AskOptions.defaults().withCacheDir(cache).withDense(false).withOcr(false));
    }

    @Test
    void answersWithTheTypedSpanAndItsBoxOnTheRightPage() throws Exception {
        try (AskJob job = job(dir.resolve("c1")); Corpus c = job.open(List.of(report), IndexStore.Progress.NONE)) {
            AskResult r = job.ask(c, "How many people did the company employ?");
            assertThat(r.answer().found()).isTrue();
            assertThat(r.answer().text()).isEqualTo("2,431 people");
            assertThat(r.engine()).isEqualTo("extractive");
            Evidence e = r.answer().evidence().get(0);
            assertThat(e.page()).isEqualTo(2);
            assertThat(e.file()).isEqualTo(report);
            assertThat(e.text()).contains("employed 2,431 people");
            // the box holds the two answer words on line 4 of page 2, not the whole line
            BBox b = e.bbox();
            assertThat(b.y1()).isBetween(TestPdfs.baseline(4) - 1, TestPdfs.baseline(4) + 5);
            assertThat(b.y0()).isBetween(TestPdfs.baseline(4) - 12, TestPdfs.baseline(4) - 5);
            assertThat(b.x0()).isGreaterThan(TestPdfs.LEFT + 150);
            assertThat(b.width()).isBetween(30.0, 90.0);
        }
    }

    @Test
    void prefersTheEntityTypeTheQuestionAsksFor() throws Exception {
        try (AskJob job = job(dir.resolve("c2")); Corpus c = job.open(List.of(report), IndexStore.Progress.NONE)) {
            assertThat(job.ask(c, "What was the operating margin?").answer().text()).isEqualTo("9.1%");
            assertThat(job.ask(c, "By what percentage did revenue increase?").answer().text()).isEqualTo("6.2%");
            assertThat(job.ask(c, "How much revenue did the company reach for the year?").answer().text())
                    .isEqualTo("EUR 318.4 million");
            assertThat(job.ask(c, "When will the annual general meeting be held?").answer().text())
                    .isEqualTo("14 May 2025");
            assertThat(job.ask(c, "In which year was Harbourview Instruments founded?").answer().text())
                    .isEqualTo("1987");
            assertThat(job.ask(c, "Who is the Chief Executive Officer?").answer().text()).isEqualTo("Sofia Lindqvist");
            assertThat(job.ask(c, "In how many countries does the company employ people?").answer().text())
                    .isEqualTo("14 countries");
        }
    }

    @Test
    void anAnswerSpanningTwoLinesHasOneBoxPerLine() throws Exception {
        try (AskJob job = job(dir.resolve("c3")); Corpus c = job.open(List.of(report), IndexStore.Progress.NONE)) {
            AskResult r = job.ask(c, "Under which condition will the new plant in Oulu start production?");
            assertThat(r.answer().found()).isTrue();
            assertThat(r.answer().text().split("\\s+").length).isLessThanOrEqualTo(ExtractiveEngine.MAX_WORDS);
            assertThat(r.answer().text()).startsWith("The new plant").endsWith("regional authority.");
            assertThat(r.answer().evidence()).hasSize(2);
            assertThat(r.answer().evidence()).allSatisfy(e -> assertThat(e.page()).isEqualTo(3));
            assertThat(r.answer().evidence().get(1).bbox().y0())
                    .isGreaterThan(r.answer().evidence().get(0).bbox().y1() - 1);
        }
    }

    @Test
    void saysNotFoundWithoutEvidenceWhenTheDocumentsDoNotSay() throws Exception {
        try (AskJob job = job(dir.resolve("c4")); Corpus c = job.open(List.of(report), IndexStore.Progress.NONE)) {
            for (String q : List.of("What is the name of the company's auditor?", "How many patents were filed?",
                    "Wie hoch war der Umsatz im Jahr?", "réunion")) {
                AskResult r = job.ask(c, q);
                assertThat(r.answer().found()).as(q).isFalse();
                assertThat(r.answer().text()).isEmpty();
                assertThat(r.answer().evidence()).isEmpty();
                assertThat(r.answer().confidence()).isLessThan(AskOptions.DEFAULT_THRESHOLD);
            }
        }
    }

    @Test
    void searchesSeveralDocumentsAndAFolderAndReportsTheBadOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(notes, folder.resolve("notes.pdf"));
        Path corrupt = Files.write(dir.resolve("corrupt.pdf"), "%PDF-1.7\nthis is not a pdf".getBytes());
        try (AskJob job = job(dir.resolve("c5"));
             Corpus c = job.open(List.of(report, corrupt, folder), IndexStore.Progress.NONE)) {
            assertThat(c.indexes()).hasSize(2);
            assertThat(c.failures()).singleElement().satisfies(f -> assertThat(f.file()).isEqualTo(corrupt));
            AskResult r = job.ask(c, "How many pallets does the Oulu warehouse store?");
            assertThat(r.answer().text()).isEqualTo("5,600 pallets");
            assertThat(r.answer().evidence().get(0).file()).isEqualTo(folder.resolve("notes.pdf"));
            assertThat(r.failures()).hasSize(1);
        }
    }

    @Test
    void failsWithTheDocumentErrorWhenEveryInputFails() throws Exception {
        Path corrupt = Files.write(dir.resolve("bad.pdf"), "not a pdf at all".getBytes());
        try (AskJob job = job(dir.resolve("c6"))) {
            assertThatThrownBy(() -> job.open(List.of(corrupt, dir.resolve("missing.pdf")), IndexStore.Progress.NONE))
                    .isInstanceOf(DocumentException.class).hasMessageContaining("bad.pdf");
        }
    }

    @Test
    void reopeningADocumentUsesTheCachedIndexEvenUnderAnotherName() throws Exception {
        Path cache = dir.resolve("c7");
        Path copy = Files.copy(report, dir.resolve("copy-of-report.pdf"));
        try (AskJob job = job(cache)) {
            try (Corpus c = job.open(List.of(report), IndexStore.Progress.NONE)) {
                assertThat(c.indexes()).hasSize(1);
            }
            int[] pagesIndexed = {0};
            try (Corpus c = job.open(List.of(copy), (done, total) -> pagesIndexed[0] = done)) {
                assertThat(pagesIndexed[0]).as("pages indexed on reopening").isZero();
                assertThat(job.ask(c, "What was the operating margin?").answer().evidence().get(0).file())
                        .isEqualTo(copy);
            }
        }
        try (var files = Files.walk(cache)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("meta.properties")).count())
                    .as("one cached index for one content").isEqualTo(1);
        }
    }

    @Test
    void aDocumentWithoutTextGetsANoteAndNoAnswer() throws Exception {
        Path blank = TestPdfs.write(dir.resolve("scan-like.pdf"), List.of(List.of(), List.of()));
        try (AskJob job = job(dir.resolve("c8")); Corpus c = job.open(List.of(blank), IndexStore.Progress.NONE)) {
            assertThat(c.notes()).singleElement().asString().contains("2 of 2 pages have no words");
            AskResult r = job.ask(c, "What was the revenue?");
            assertThat(r.answer().found()).isFalse();
        }
    }
}
