package app.backline.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code results.json} as issue 5 specifies it ({@code {"posts", "jvm", "results": [...]}}) and the same rows
 * as a text table; {@code details} holds the informational figures (runs, medians, counts) behind the rows.
 */
record BenchReport(long posts, String jvm, List<ResultRow> results, java.util.Map<String, Object> details) {

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    void printTable(PrintStream out) {
        String format = "%-22s %12s %-6s %12s %8s %8s %5s%n";
        out.printf("Backline benchmarks: %,d posts, %s%n", posts, jvm);
        out.printf(format, "name", "value", "unit", "baseline", "ratio", "target", "pass");
        for (ResultRow r : results) {
            out.printf(format, r.name(), num(r.value()), r.unit(), num(r.baseline()), num(r.ratio()),
                    r.target() == null ? "-" : r.target(), r.pass() ? "yes" : "NO");
        }
    }

    private static String num(Double v) {
        return v == null ? "-" : String.format("%.3f", v);
    }
}
