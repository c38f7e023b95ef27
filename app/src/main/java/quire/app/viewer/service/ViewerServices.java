package quire.app.viewer.service;

/**
 * Everything the viewer calls into, in one place, so the coordinator can wire the pipeline's jobs in by
 * replacing a constructor argument.
 */
public record ViewerServices(DocumentOpener opener, AskService ask, ChartService charts, BatchService batch,
                             ModelService models, SettingsStore settings) {

    /** The services available today: the interim document reader and the simple engines. */
    public static ViewerServices standard(SettingsStore settings) {
        DocumentOpener opener = new InterimDocuments();
        return new ViewerServices(opener, new KeywordAskService(), new BarChartService(),
                new SimpleBatchService(opener), new LocalModelService(settings.modelStore()), settings);
    }
}
