package app.backline.bench;

import java.util.Arrays;

/** Summary statistics of timing samples. */
final class Samples {

    private Samples() {
    }

    /** The p-th percentile (0–100, nearest rank) of the samples. */
    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }
}
