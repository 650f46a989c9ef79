package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Map;

/**
 * What the bot answers to a pushed request: a status, a plain-text body and extra headers. VK's
 * Callback API needs the body ({@code ok}, or the confirmation code); Telegram only looks at the
 * status. Immutable.
 *
 * @param status the HTTP status
 * @param body a plain-text body, possibly empty
 * @param headers extra response headers by name (e.g. {@code Retry-After}), usually none; a
 *        {@code Content-Type} here replaces the default {@code text/plain; charset=utf-8}
 */
public record WebhookResponse(int status, String body, Map<String, String> headers) {
    /** The header that tells a platform when to deliver a refused update again. */
    public static final String RETRY_AFTER = "Retry-After";
    /** The header naming the body's media type. */
    public static final String CONTENT_TYPE = "Content-Type";

    public WebhookResponse {
        checkArgument(status >= 100 && status <= 599, "status must be an HTTP status: %s", status);
        checkNotNull(body, "body");
        headers = Map.copyOf(checkNotNull(headers, "headers"));
    }

    /** {@code status} with {@code body} and no extra headers. */
    public WebhookResponse(int status, String body) {
        this(status, body, Map.of());
    }

    /** 200 with {@code body}. */
    public static WebhookResponse ok(String body) {
        return new WebhookResponse(200, body);
    }

    /** {@code status} with {@code body} sent as {@code contentType} (e.g. {@code application/json}). */
    public static WebhookResponse typed(int status, String contentType, String body) {
        checkNotNull(contentType, "contentType");
        return new WebhookResponse(status, body, Map.of(CONTENT_TYPE, contentType));
    }

    /** {@code status} with a short reason as the body. */
    public static WebhookResponse refuse(int status, String reason) {
        return new WebhookResponse(status, reason);
    }

    /**
     * 503 Service Unavailable with {@code Retry-After} in whole seconds (at least 1): the update was
     * not taken, deliver it again later. Any non-2xx makes Telegram re-deliver, and any answer but
     * {@code ok} makes VK re-send; 503 with {@code Retry-After} is what HTTP (RFC 9110 §15.6.4) says
     * for "overloaded or stopping, try again".
     */
    public static WebhookResponse retryLater(String reason, Duration retryAfter) {
        checkNotNull(retryAfter, "retryAfter");
        checkArgument(!retryAfter.isNegative(), "retryAfter must not be negative: %s", retryAfter);
        long seconds = Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
        return new WebhookResponse(503, reason, Map.of(RETRY_AFTER, Long.toString(seconds)));
    }
}
