package quire.pipeline.chart.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import quire.ocr.text.BBox;
import quire.ocr.text.Word;

/**
 * A value axis calibrated from its numeric tick labels: value = a·position + b (or 10^(a·position + b) on a log
 * axis), position being y for vertical axes and x for horizontal ones.
 */
record ValueAxis(boolean vertical, double a, double b, boolean log, int decimals, List<Word> ticks) {

    double value(double pos) {
        double v = a * pos + b;
        return log ? Math.pow(10, v) : v;
    }

    double position(double value) {
        double v = log ? Math.log10(Math.max(value, 1e-12)) : value;
        return (v - b) / a;
    }

    /** Digits to print for values read from geometry: one more than the ticks show, at least. */
    int readDecimals() {
        double step = Math.abs(value(position(0) + 1) - value(position(0))); // value per point
        int d = decimals;
        if (step > 0 && step < 1) {
            d = Math.max(d, (int) Math.ceil(-Math.log10(step)));
        }
        return Math.min(d, 4);
    }

    /**
     * Finds the tick labels of a vertical (values along y, labels aligned in a column beside the marks) or
     * horizontal (labels in a row below or above the marks) axis and fits them.
     */
    static Optional<ValueAxis> find(Collection<Word> words, BBox marks, boolean vertical, Set<Word> exclude) {
        List<Word> nums = words.stream().filter(w -> !exclude.contains(w) && Words.isNumber(w)).toList();
        List<List<Word>> groups = new ArrayList<>();
        for (Word w : nums) {
            BBox b = w.bbox();
            boolean outside = vertical ? (b.x1() <= marks.x0() + 3 || b.x0() >= marks.x1() - 3)
                    : (b.y0() >= marks.y1() - 3 || b.y1() <= marks.y0() + 3);
            if (!outside) {
                continue;
            }
            List<Word> home = null;
            for (List<Word> g : groups) {
                BBox f = g.get(0).bbox();
                boolean aligned = vertical ? Math.abs(f.x1() - b.x1()) <= 3 || Math.abs(f.x0() - b.x0()) <= 3
                        : Math.abs(f.centerY() - b.centerY()) <= 3;
                if (aligned) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(w);
        }
        groups.sort(Comparator.comparingInt((List<Word> g) -> -g.size()));
        for (List<Word> g : groups) {
            if (g.size() < 2) {
                break;
            }
            Optional<ValueAxis> fit = fit(g, vertical);
            if (fit.isPresent()) {
                return fit;
            }
        }
        return Optional.empty();
    }

    /**
     * Fits the tick labels, linear first, then logarithmic. A misread label or a stray number that fell into the
     * column is left out: the line through the pair of labels most others agree with is refitted on those.
     */
    static Optional<ValueAxis> fit(List<Word> ticks, boolean vertical) {
        Optional<ValueAxis> all = fitAll(ticks, vertical);
        if (all.isPresent() || ticks.size() < 4) {
            return all;
        }
        List<Word> agreeing = consensus(ticks, vertical, false);
        Optional<ValueAxis> lin = agreeing.size() >= 3 && agreeing.size() < ticks.size() ? fitAll(agreeing, vertical)
                : Optional.empty();
        if (lin.isPresent()) {
            return lin;
        }
        List<Word> agreeingLog = consensus(ticks, vertical, true);
        return agreeingLog.size() >= 3 && agreeingLog.size() < ticks.size() ? fitAll(agreeingLog, vertical)
                : Optional.empty();
    }

    /** The largest set of ticks on one line through two of them (within a tenth of the label spacing). */
    private static List<Word> consensus(List<Word> ticks, boolean vertical, boolean log) {
        int n = ticks.size();
        double[] pos = new double[n];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) {
            BBox b = ticks.get(i).bbox();
            pos[i] = vertical ? b.centerY() : b.centerX();
            double v = Words.number(ticks.get(i)).orElseThrow();
            val[i] = log ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
        }
        double[] sorted = pos.clone();
        java.util.Arrays.sort(sorted);
        double[] gaps = new double[n - 1];
        for (int i = 1; i < n; i++) {
            gaps[i - 1] = sorted[i] - sorted[i - 1];
        }
        java.util.Arrays.sort(gaps);
        double tol = Math.max(2, 0.1 * gaps[gaps.length / 2]);
        List<Word> best = List.of();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Double.isNaN(val[i]) || Double.isNaN(val[j]) || Math.abs(pos[i] - pos[j]) < 1 || val[i] == val[j]) {
                    continue;
                }
                double slope = (pos[j] - pos[i]) / (val[j] - val[i]); // position per unit value
                List<Word> in = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    if (!Double.isNaN(val[k]) && Math.abs(pos[i] + slope * (val[k] - val[i]) - pos[k]) <= tol) {
                        in.add(ticks.get(k));
                    }
                }
                if (in.size() > best.size()) {
                    best = in;
                }
            }
        }
        return best;
    }

    private static Optional<ValueAxis> fitAll(List<Word> ticks, boolean vertical) {
        int n = ticks.size();
        double[] pos = new double[n];
        double[] val = new double[n];
        int decimals = 0;
        for (int i = 0; i < n; i++) {
            BBox b = ticks.get(i).bbox();
            pos[i] = vertical ? b.centerY() : b.centerX();
            val[i] = Words.number(ticks.get(i)).orElseThrow();
            decimals = Math.max(decimals, Words.decimals(ticks.get(i)));
        }
        Optional<ValueAxis> lin = line(pos, val, vertical, false, decimals, ticks);
        if (lin.isPresent()) {
            return lin;
        }
        for (double v : val) {
            if (v <= 0) {
                return Optional.empty();
            }
        }
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log10(val[i]);
        }
        return line(pos, logs, vertical, true, decimals, ticks);
    }

    private static Optional<ValueAxis> line(double[] x, double[] y, boolean vertical, boolean log, int decimals,
            List<Word> ticks) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx < 1e-6 || sxy == 0) {
            return Optional.empty();
        }
        double a = sxy / sxx;
        double b = my - a * mx;
        if (vertical ? a >= 0 : a <= 0) {
            return Optional.empty(); // values grow upwards and to the right
        }
        double range = 0;
        double worst = 0;
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, y[i]);
            hi = Math.max(hi, y[i]);
            worst = Math.max(worst, Math.abs(a * x[i] + b - y[i]));
        }
        range = hi - lo;
        if (range <= 0 || worst > 0.03 * range) {
            return Optional.empty();
        }
        return Optional.of(new ValueAxis(vertical, a, b, log, decimals, List.copyOf(ticks)));
    }
}
