package dev.switchboard.vk;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.PlatformId;
import java.util.Optional;

/**
 * VK refused a request: the API answered {@code {"error":{"error_code":…,"error_msg":…}}}, or one
 * recipient's entry of a {@code messages.send} response carried an {@code error}.
 * {@link #errorCode()} is VK's {@code error_code} (5 authorization failed, 6 too many requests,
 * 9 flood control, 10 internal error, 100 bad parameter, 901 no permission to message the user,
 * 911 invalid keyboard, 912 bot features off; see {@code docs/transports.md}), and
 * {@link #description()} its {@code error_msg}. VK's {@code request_params} are never copied into
 * the exception, and the token is redacted from everything it carries. Codes 6, 9 and 10 are retried
 * with the configured {@link dev.switchboard.core.transport.RetryPolicy} before this is thrown;
 * {@link #attempts()} says how many requests were made. VK sends no retry-after, so
 * {@link #retryAfter()} is always empty. Immutable.
 */
public final class VkApiException extends PlatformApiException {
    private static final long serialVersionUID = 1L;

    VkApiException(String method, int errorCode, String description, int attempts) {
        super(PlatformId.VK, method, errorCode, description, Optional.empty(), attempts);
    }
}
