package app.backline.platform.instagram;

import app.backline.platform.ApiResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InstagramUsageTest {

    private final InstagramUsage usage = new InstagramUsage(new ObjectMapper());

    private static ApiResponse withHeaders(String... namesAndValues) {
        return new ApiResponse(200, Headers.of(namesAndValues), "{}");
    }

    @Test
    void highestPercentIsTheMaximumOverAllThreeHeaders() {
        ApiResponse r = withHeaders(
                "X-App-Usage", "{\"call_count\":28,\"total_time\":25,\"total_cputime\":25}",
                "X-Business-Use-Case-Usage", "{\"178414\":[{\"type\":\"instagram\",\"call_count\":12,\"total_cputime\":81,"
                        + "\"total_time\":40,\"estimated_time_to_regain_access\":0}]}",
                "X-Ad-Account-Usage", "{\"acc_id_util_pct\":9.67,\"reset_time_duration\":0}");

        assertEquals(OptionalInt.of(81), usage.highestPercent(r));
        assertEquals(Optional.empty(), usage.timeToRegainAccess(r), "nothing asks for a wait");
    }

    @Test
    void fractionsRoundUpAndTheLongestRegainTimeWins() {
        ApiResponse r = withHeaders(
                "X-Ad-Account-Usage", "{\"acc_id_util_pct\":99.2,\"reset_time_duration\":300}",
                "X-Business-Use-Case-Usage", "{\"1\":[{\"call_count\":100,\"estimated_time_to_regain_access\":3}],"
                        + "\"2\":[{\"call_count\":5,\"estimated_time_to_regain_access\":19}]}");

        assertEquals(OptionalInt.of(100), usage.highestPercent(r));
        assertEquals(Optional.of(Duration.ofMinutes(19)), usage.timeToRegainAccess(r));
    }

    @Test
    void missingOrUnreadableHeadersSayNothing() {
        assertEquals(OptionalInt.empty(), usage.highestPercent(withHeaders()));
        ApiResponse garbled = withHeaders("X-App-Usage", "call_count=28");
        assertEquals(OptionalInt.empty(), usage.highestPercent(garbled));
        assertEquals(Optional.empty(), usage.timeToRegainAccess(garbled));
    }
}
