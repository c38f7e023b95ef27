package quire.app.viewer.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import quire.app.viewer.task.Cancellation;
import quire.pipeline.ask.AskJob;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.ask.AskResult;
import quire.pipeline.ask.Corpus;
import quire.pipeline.ask.index.IndexStore;
import quire.pipeline.document.Document;

/**
 * The pipeline's Q&amp;A job ({@link AskJob}: cached BM25 + dense index, extractive answer with evidence boxes)
 * behind the viewer's {@link AskService}. A document is indexed on its first question and its corpus kept open, so
 * further questions answer from the warm index.
 */
public final class ExtractiveAskService implements AskService, AutoCloseable {

    private final AskJob job;
    private final Map<Path, Corpus> corpora = new HashMap<>();

    public ExtractiveAskService(AskOptions options) {
        this.job = new AskJob(options);
    }

    @Override
    public String engine() {
        return "extractive";
    }

    @Override
    public synchronized AskAnswer ask(Document document, String question, Consumer<String> tokens,
            Cancellation cancellation) throws Exception {
        Corpus corpus = corpora.get(document.path());
        if (corpus == null) {
            corpus = job.open(List.of(document.path()), IndexStore.Progress.NONE);
            corpora.put(document.path(), corpus);
        }
        if (cancellation.isCancelled()) {
            throw new InterruptedException("cancelled");
        }
        AskResult result = job.ask(corpus, question);
        if (!result.answer().found()) {
            return AskAnswer.notFound(result.engine());
        }
        // the extractive answer is whole at once; hand it over word by word so the panel streams like a model's
        for (String word : result.answer().text().split("(?<= )")) {
            tokens.accept(word);
        }
        List<Evidence> evidence = result.answer().evidence().stream()
                .map(e -> new Evidence(e.page(), e.bbox(), e.text())).toList();
        return new AskAnswer(true, result.answer().text(), result.engine(), result.answer().confidence(), evidence);
    }

    @Override
    public synchronized void close() {
        corpora.values().forEach(Corpus::close);
        corpora.clear();
        job.close();
    }
}
