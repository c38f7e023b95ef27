package quire.pipeline.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.pipeline.ask.index.DocumentIndex;
import quire.pipeline.ask.index.Hit;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.ask.text.PageOcr;
import quire.pipeline.ask.text.PdfBoxTextLayer;

/** Embeddings made in the background (real bge-small in ONNX Runtime) join a corpus that is already answering. */
class AskBackgroundDenseTest {

    @TempDir
    Path dir;

    @Test
    void answersFromKeywordsFirstAndSearchesTheEmbeddingsOnceTheyAreFilledIn() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("memo.pdf"), List.of(
                List.of("The cafeteria menu changes every Monday and lists vegetarian dishes first."),
                List.of("The firm's turnover climbed to 4.2 million euros thanks to strong exports."),
                List.of("Parking permits for the east lot are issued by the facilities desk.")));
        AskOptions options = AskOptions.defaults().withCacheDir(dir.resolve("cache")).withDenseWaitBlocks(0)
                .withOpener(PdfBoxTextLayer.opener(PageOcr.NONE));
        try (AskJob job = new AskJob(options);
             Corpus corpus = job.open(List.of(pdf), IndexStore.Progress.NONE)) {
            AskResult first = job.ask(corpus, "Who issues parking permits for the east lot?");
            assertThat(first.answer().found()).isTrue();
            assertThat(first.answer().evidence().get(0).page()).isEqualTo(3);

            job.awaitDense();
            DocumentIndex idx = corpus.indexes().get(0);
            assertThat(idx.meta().dense()).isTrue();
            assertThat(idx.dense()).isPresent();
            // no keyword in common: only the dense index, attached while the corpus stayed open, finds it
            List<Hit> hits = corpus.retriever().search("How much money did the business earn?", 5);
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).block().page()).isEqualTo(2);
            assertThat(hits.get(0).denseRank()).isEqualTo(1);
        }
        // the embeddings were cached with the lexical index, and a new job loads the model to search them
        try (AskJob job = new AskJob(options);
             Corpus corpus = job.open(List.of(pdf), IndexStore.Progress.NONE)) {
            assertThat(corpus.indexes().get(0).meta().dense()).isTrue();
            job.awaitDense();
            List<Hit> hits = corpus.retriever().search("How much money did the business earn?", 5);
            assertThat(hits.get(0).denseRank()).isEqualTo(1);
        }
    }
}
