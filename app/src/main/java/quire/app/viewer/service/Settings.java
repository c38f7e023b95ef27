package quire.app.viewer.service;

/** The user's viewer settings; persisted by {@link SettingsStore}. */
public record Settings(Theme theme, Provider provider, OcrEngine ocrEngine, boolean showRouterRegions) {

    public enum Theme { LIGHT, DARK }

    public enum Provider { CPU, CUDA, DIRECTML }

    public enum OcrEngine { AUTO, PADDLE, TESSERACT }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, Provider.CPU, OcrEngine.AUTO, false);
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, provider, ocrEngine, showRouterRegions);
    }

    public Settings withProvider(Provider p) {
        return new Settings(theme, p, ocrEngine, showRouterRegions);
    }

    public Settings withOcrEngine(OcrEngine e) {
        return new Settings(theme, provider, e, showRouterRegions);
    }

    public Settings withShowRouterRegions(boolean show) {
        return new Settings(theme, provider, ocrEngine, show);
    }
}
