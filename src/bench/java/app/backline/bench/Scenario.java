package app.backline.bench;

import java.util.List;

/**
 * One benchmark scenario. {@link BenchMain} runs them in the order it lists them: those that read the loaded
 * store while it is open first, then those that need it closed the app's normal way ({@link Phase#CLOSED}),
 * then those that build their own data ({@link Phase#INDEPENDENT}).
 */
interface Scenario {

    enum Phase { OPEN_STORE, CLOSED, INDEPENDENT }

    /** The scenario part of every row name, e.g. {@code feed_page}; {@code -Dbench.only} selects by it. */
    String name();

    Phase phase();

    /**
     * Measures Backline and its baseline.
     *
     * @return rows with a target each ({@link ResultRow#checked}); informational figures go to
     *         {@link BenchContext#detail}
     */
    List<ResultRow> run(BenchContext context) throws Exception;
}
