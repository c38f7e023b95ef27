package quire.app.viewer.service;

import quire.models.store.ModelStore;
import quire.pipeline.ask.AskOptions;
import quire.pipeline.document.Documents;

/**
 * Everything the viewer calls into, in one place, so the coordinator can wire the pipeline's jobs in by
 * replacing a constructor argument.
 */
public record ViewerServices(DocumentOpener opener, AskService ask, ChartService charts, BatchService batch,
                             ModelService models, SettingsStore settings) {

    /** The services available today: the pipeline's documents and the viewer's simple engines. */
    public static ViewerServices standard(SettingsStore settings) {
        DocumentOpener opener = Documents::open; // (path, password)
        ModelStore store = ModelStore.openDefault();
        // the viewer stays open: the first answer comes from BM25 while embeddings are made in the background
        AskService ask = new ExtractiveAskService(AskOptions.defaults().withDenseWaitBlocks(0));
        return new ViewerServices(opener, ask, new PipelineChartService(store), new SummarizeBatchService(store),
                new StoreModelService(store), settings);
    }
}
