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
        return new ViewerServices(opener, new ExtractiveAskService(AskOptions.defaults()),
                new PipelineChartService(store), new SummarizeBatchService(), new StoreModelService(store), settings);
    }
}
