package app.backline.platform.instagram;

import app.backline.platform.ApiResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads Meta's usage headers (platform-apis.md §2.7), whose values are JSON text:
 * <ul>
 *   <li>{@code X-App-Usage: {"call_count":28,"total_time":25,"total_cputime":25}}</li>
 *   <li>{@code X-Business-Use-Case-Usage: {"{id}":[{"type":"instagram","call_count":100,…,"estimated_time_to_regain_access":19}]}}</li>
 *   <li>{@code X-Ad-Account-Usage: {"acc_id_util_pct":9.67,"reset_time_duration":0}}</li>
 * </ul>
 * Percentages are of the limit; Meta asks callers to slow down as any approaches 100. Unreadable headers
 * count as absent: a usage header never fails a call.
 */
public final class InstagramUsage {

    static final List<String> HEADERS = List.of("X-Business-Use-Case-Usage", "X-App-Usage", "X-Ad-Account-Usage");
    private static final List<String> PERCENT_FIELDS = List.of("call_count", "total_time", "total_cputime", "acc_id_util_pct");

    private final ObjectMapper json;

    public InstagramUsage(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The highest usage percentage (call_count, total_time, total_cputime, acc_id_util_pct) in any of the
     * three headers, rounded up; empty when the response carries none. 100 or more means throttled.
     */
    public OptionalInt highestPercent(ApiResponse response) {
        double[] highest = {-1};
        visit(response, node -> PERCENT_FIELDS.forEach(field -> {
            JsonNode value = node.get(field);
            if (value != null && value.isNumber()) {
                highest[0] = Math.max(highest[0], value.asDouble());
            }
        }));
        return highest[0] < 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.ceil(highest[0]));
    }

    /**
     * The longest wait the headers ask for: {@code estimated_time_to_regain_access} (minutes) or
     * {@code reset_time_duration} (seconds); empty when none says more than zero.
     */
    public Optional<Duration> timeToRegainAccess(ApiResponse response) {
        Duration[] longest = {Duration.ZERO};
        visit(response, node -> {
            longest[0] = max(longest[0], Duration.ofMinutes(node.path("estimated_time_to_regain_access").asLong(0)));
            longest[0] = max(longest[0], Duration.ofSeconds(node.path("reset_time_duration").asLong(0)));
        });
        return longest[0].isZero() ? Optional.empty() : Optional.of(longest[0]);
    }

    /** Calls {@code action} on every JSON object inside the usage headers (nested per business object). */
    private void visit(ApiResponse response, Consumer<JsonNode> action) {
        for (String header : HEADERS) {
            String value = response.header(header);
            if (value != null && !value.isBlank()) {
                parse(value).ifPresent(node -> walk(node, action));
            }
        }
    }

    private Optional<JsonNode> parse(String value) {
        try {
            return Optional.of(json.readTree(value));
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    private static void walk(JsonNode node, Consumer<JsonNode> action) {
        if (node.isObject()) {
            action.accept(node);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), action);
            }
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, action));
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
