package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * An API's answer to one request, read whole.
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type} header, if there was one
 * @param body the body's bytes (empty when there was none); not copied
 */
public record ApiResponse(int status, Optional<String> contentType, byte[] body) {
    /** Checks the fields. */
    public ApiResponse {
        checkArgument(status >= 100 && status <= 999, "status must be an HTTP status code: %s", status);
        checkNotNull(contentType, "contentType");
        checkNotNull(body, "body");
    }
}
