package app.backline.bench;

/**
 * One line of {@code results.json}: Backline's measure, the baseline measured in the same run, their ratio,
 * and the target the value is checked against. Every row has a target; figures without one go to the
 * report's details.
 *
 * @param name     {@code scenario.metric}
 * @param baseline the same measure for the baseline (raw JDBC, raw Jackson, a bare window…), or null
 * @param ratio    {@code value / baseline}, or null without a baseline
 * @param target   a comparison such as {@code "<= 30"} or {@code ">= 0.5"} applied to {@code value}
 */
record ResultRow(String name, double value, String unit, Double baseline, Double ratio, String target,
                 boolean pass) {

    /** A row whose {@code value} is checked against {@code target} ({@code "<= x"} or {@code ">= x"}). */
    static ResultRow checked(String name, double value, String unit, Double baseline, String target) {
        Double ratio = baseline == null ? null : round(value / baseline);
        return new ResultRow(name, round(value), unit, baseline == null ? null : round(baseline), ratio, target,
                meets(value, target));
    }

    /**
     * A throughput row whose target is a share of the baseline's throughput (for ingest and export, whose
     * issue targets are ratios): {@code value >= share * baseline}, written out as the absolute bound.
     */
    static ResultRow atLeastShareOf(String name, double value, String unit, double baseline, double share) {
        return checked(name, value, unit, baseline, ">= " + Math.round(share * baseline));
    }

    static boolean meets(double value, String target) {
        String[] parts = target.trim().split("\\s+");
        double bound = Double.parseDouble(parts[1]);
        return switch (parts[0]) {
            case "<=" -> value <= bound;
            case ">=" -> value >= bound;
            default -> throw new IllegalArgumentException("target must be '<= x' or '>= x': " + target);
        };
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
