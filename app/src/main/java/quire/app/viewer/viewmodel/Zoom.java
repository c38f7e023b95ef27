package quire.app.viewer.viewmodel;

/** Zoom arithmetic: view units per point. Pure functions. */
public final class Zoom {

    public static final double MIN = 0.1;
    public static final double MAX = 8.0;
    private static final double[] STEPS = {0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0,
        4.0, 5.0, 6.0, 8.0};

    private Zoom() {
    }

    public static double clamp(double z) {
        return Math.max(MIN, Math.min(MAX, z));
    }

    /** The zoom at which the widest page fills the viewport's width, less the margins. */
    public static double fitWidth(double viewportWidth, double pageWidth, double margin) {
        return clamp((viewportWidth - 2 * margin) / pageWidth);
    }

    /** The zoom at which a whole page fits into the viewport. */
    public static double fitPage(double viewportWidth, double viewportHeight, double pageWidth, double pageHeight,
                                 double margin) {
        return clamp(Math.min((viewportWidth - 2 * margin) / pageWidth, (viewportHeight - 2 * margin) / pageHeight));
    }

    public static double stepIn(double z) {
        for (double s : STEPS) {
            if (s > z + 1e-6) {
                return s;
            }
        }
        return MAX;
    }

    public static double stepOut(double z) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < z - 1e-6) {
                return STEPS[i];
            }
        }
        return MIN;
    }
}
