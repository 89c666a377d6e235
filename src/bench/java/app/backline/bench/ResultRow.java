package app.backline.bench;

/**
 * One line of {@code results.json}: Backline's measure, the baseline measured in the same run, their ratio,
 * and the target. Rows without a target of their own (informational) carry {@code null} target and pass.
 *
 * @param name     {@code scenario.metric}
 * @param target   a comparison such as {@code "<= 30"} or {@code ">= 0.5"} applied to {@code value}
 */
record ResultRow(String name, double value, String unit, Double baseline, Double ratio, String target,
                 Boolean pass) {

    static ResultRow info(String name, double value, String unit, double baseline) {
        return new ResultRow(name, round(value), unit, round(baseline), round(value / baseline), null, null);
    }

    static ResultRow checked(String name, double value, String unit, Double baseline, String target) {
        Double ratio = baseline == null ? null : round(value / baseline);
        return new ResultRow(name, round(value), unit, baseline == null ? null : round(baseline), ratio, target,
                meets(value, target));
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
