package app.backline.platform;

/**
 * One platform's reading of an error response (non-2xx), from its status and its body: Instagram's
 * {@code error.code}, LinkedIn's {@code serviceErrorCode}, Google's {@code error.errors[].reason}, X's
 * problem {@code type}.
 */
@FunctionalInterface
public interface ErrorMapper {

    /**
     * @return the exception for this response, or {@code null} to let {@link ApiHttp} apply the generic
     *         status mapping (401 token rejected, 403 permission missing, 429 rate limited, 5xx unavailable)
     */
    ApiException map(ApiResponse response);

    /**
     * A 2xx response whose body still reports a failure (TikTok's {@code error} envelope comes with HTTP 200):
     * the exception, which {@link ApiHttp} then retries like any other when it is transient; {@code null}
     * (the default) when the body reports none.
     */
    default ApiException mapSuccess(ApiResponse response) {
        return null;
    }
}
