package app.backline.bench;

import app.backline.domain.Platform;
import java.util.SplittableRandom;

/**
 * How captions of one platform are shaped: a log-normal length (median and spread in characters, capped)
 * and discrete distributions of hashtag, mention and link counts.
 *
 * <p>Derived once from the real archives in {@code platform-samples/exports} (no sample text is used):
 * <ul>
 *   <li>X: {@code x-archive/2026-milahu104/data/tweets.js}, 2 045 tweets — length p10/p50/p90 44/114/266
 *       characters; hashtags 0/1/2 = 87.3/12.0/0.7 %; mentions 0/1/2/3/4+ = 0.8/72.2/21.5/4.0/1.5 %;
 *       links 0/1 = 84.8/15.2 %; replies 87 %, retweets 12 %; retweets per like 0.073.</li>
 *   <li>LinkedIn: {@code linkedin/2025-07-sanand0/Shares.csv}, 188 shares — length p10/p50/p90
 *       202/617/1 337; 66 % without hashtags, mean 0.81; links mean 1.44; no inline mentions.</li>
 *   <li>Instagram (4 captions), TikTok (no captions) and YouTube Takeout (empty descriptions) are too thin
 *       to measure: their shapes are assumptions in the same style, stated here so they can be replaced.</li>
 * </ul>
 *
 * @param medianChars  median caption length
 * @param sigma        log-normal spread: ln(p90 / p50) / 1.2816
 * @param maxChars     platform limit
 * @param hashtags     P(count = i) for i = 0..
 * @param mentions     P(count = i)
 * @param links        P(count = i)
 * @param replyShare   share of posts that are replies
 * @param repostShare  share of posts that are reposts
 */
record CaptionShape(int medianChars, double sigma, int maxChars, double[] hashtags, double[] mentions,
                    double[] links, double replyShare, double repostShare) {

    static CaptionShape of(Platform platform) {
        return switch (platform) {
            case X -> new CaptionShape(114, 0.661, 280, new double[] {.873, .120, .007},
                    new double[] {.008, .722, .215, .040, .015}, new double[] {.848, .152}, .87, .12);
            case LINKEDIN -> new CaptionShape(617, 0.603, 3000, new double[] {.66, .14, .10, .06, .04},
                    new double[] {1.0}, new double[] {.20, .30, .40, .10}, 0, 0);
            // assumptions (samples too thin): hashtag-heavy Instagram, short TikTok, long YouTube descriptions
            case INSTAGRAM -> new CaptionShape(120, 0.9, 2200, new double[] {.35, .15, .15, .15, .10, .10},
                    new double[] {.6, .3, .1}, new double[] {.95, .05}, 0, 0);
            case TIKTOK -> new CaptionShape(80, 0.7, 2200, new double[] {.2, .2, .3, .2, .1},
                    new double[] {.7, .25, .05}, new double[] {1.0}, 0, 0);
            case YOUTUBE -> new CaptionShape(250, 1.0, 5000, new double[] {.6, .2, .1, .1},
                    new double[] {.8, .2}, new double[] {.3, .4, .2, .1}, 0, 0);
        };
    }

    /** A caption length in characters, at least 1. */
    int length(SplittableRandom random) {
        double gaussian = Distributions.gaussian(random);
        long chars = Math.round(medianChars * Math.exp(sigma * gaussian));
        return (int) Math.max(1, Math.min(maxChars, chars));
    }
}
