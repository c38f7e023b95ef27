package quire.pipeline.ask.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.models.embed.BgeEmbedder;
import quire.models.onnx.OnnxSessionFactory;
import quire.models.onnx.SessionSettings;
import quire.pipeline.ask.TestPdfs;
import quire.pipeline.ask.text.PageOcr;
import quire.pipeline.ask.text.PdfBoxTextLayer;

/** Dense retrieval with the bundled bge-small model in a real ONNX Runtime session, fused with BM25. */
class HybridRetrieverTest {

    @TempDir
    static Path dir;
    static OnnxSessionFactory factory;
    static BgeEmbedder embedder;
    static Path pdf;

    @BeforeAll
    static void setUp() throws Exception {
        System.setProperty("quire.cache", dir.resolve("cache").toString());
        factory = new OnnxSessionFactory(SessionSettings.cpu());
        embedder = BgeEmbedder.bundled(factory);
        pdf = TestPdfs.write(dir.resolve("memo.pdf"), List.of(
                List.of("The cafeteria menu changes every Monday and lists vegetarian dishes first."),
                List.of("The firm's turnover climbed to 4.2 million euros thanks to strong exports."),
                List.of("Parking permits for the east lot are issued by the facilities desk.")));
    }

    @AfterAll
    static void tearDown() {
        System.clearProperty("quire.cache");
        embedder.close();
        factory.close();
    }

    @Test
    void densePassFindsAParaphraseThatSharesNoKeyword() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("idx"));
        DocumentIndex idx = store.openOrBuild(pdf, "text-layer", PdfBoxTextLayer.opener(PageOcr.NONE), IndexStore.Progress.NONE);
        String question = "How much money did the business earn?";
        assertThat(new HybridRetriever(List.of(idx), null).search(question, 5)).as("keywords alone").isEmpty();

        idx = store.fillDense(idx, embedder);
        assertThat(idx.meta().dense()).isTrue();
        List<Hit> hits = new HybridRetriever(List.of(idx), embedder).search(question, 5);
        assertThat(hits.get(0).block().page()).isEqualTo(2);
        assertThat(hits.get(0).denseRank()).isEqualTo(1);
        assertThat(hits.get(0).cosine()).isGreaterThan(hits.get(1).cosine());

        // the dense index is cached with the lexical one
        idx.close();
        DocumentIndex again = store.openOrBuild(pdf, "text-layer", PdfBoxTextLayer.opener(PageOcr.NONE), IndexStore.Progress.NONE);
        assertThat(again.meta().dense()).isTrue();
        assertThat(again.dense()).isPresent();
        again.close();
    }

    @Test
    void fusionRanksABlockFoundByBothRetrieversFirst() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("idx2"));
        DocumentIndex idx = store.fillDense(
                store.openOrBuild(pdf, "text-layer", PdfBoxTextLayer.opener(PageOcr.NONE), IndexStore.Progress.NONE), embedder);
        List<Hit> hits = new HybridRetriever(List.of(idx), embedder).search("Who issues parking permits?", 5);
        Hit top = hits.get(0);
        assertThat(top.block().page()).isEqualTo(3);
        assertThat(top.lexicalRank()).isEqualTo(1);
        assertThat(top.denseRank()).isEqualTo(1);
        assertThat(top.fused()).isEqualTo(2.0 / (HybridRetriever.RRF_K + 1), org.assertj.core.api.Assertions.within(1e-9));
        idx.close();
    }
}
