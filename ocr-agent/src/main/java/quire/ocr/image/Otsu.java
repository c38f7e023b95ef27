package quire.ocr.image;

/**
 * Otsu's threshold for 8-bit grey levels: the level that best separates ink from paper (largest between-class
 * variance). Used by the OCR agent's line-ink measure and by the router's ink map.
 */
public final class Otsu {

    private Otsu() {
    }

    /**
     * @param histogram 256 counts, one per grey level
     * @return the split level t: levels {@code <= t} form the darker class (ink on paper); 127 when the histogram
     *     holds a single level
     */
    public static int lastDarkLevel(long[] histogram) {
        long total = 0;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            total += histogram[i];
            sumAll += (double) i * histogram[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            wB += histogram[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * histogram[t];
            double mB = sumB / wB;
            double mF = (sumAll - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
