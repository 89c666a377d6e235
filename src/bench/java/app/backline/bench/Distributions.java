package app.backline.bench;

import java.util.SplittableRandom;

/** Draws from the few distributions the generator needs, from a {@link SplittableRandom} only. */
final class Distributions {

    private Distributions() {
    }

    /** Standard normal (Box–Muller). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Index i drawn with probability {@code weights[i]} (weights summing to about 1). */
    static int discrete(SplittableRandom random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Heavy-tailed count: median {@code median}, log-normal spread {@code sigma}. */
    static long logNormalCount(SplittableRandom random, double median, double sigma) {
        return Math.max(0, Math.round(median * Math.exp(sigma * gaussian(random))) - 1);
    }
}
