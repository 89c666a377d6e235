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
}
