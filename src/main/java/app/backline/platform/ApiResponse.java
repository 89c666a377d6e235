package app.backline.platform;

import okhttp3.Headers;

/** A platform's answer as received: status, headers and the body as text (empty when none). */
public record ApiResponse(int status, Headers headers, String body) {

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.get(name);
    }
}
