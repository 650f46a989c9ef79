package dev.switchboard.core.transport;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What the bot answers to a pushed request: a status and a plain-text body. VK's Callback API
 * needs the body ({@code ok}, or the confirmation code); Telegram only looks at the status.
 *
 * @param status the HTTP status
 * @param body a plain-text body, possibly empty
 */
public record WebhookResponse(int status, String body) {
    public WebhookResponse {
        checkArgument(status >= 100 && status <= 599, "status must be an HTTP status: %s", status);
        checkNotNull(body, "body");
    }

    /** 200 with {@code body}. */
    public static WebhookResponse ok(String body) {
        return new WebhookResponse(200, body);
    }

    /** {@code status} with a short reason as the body. */
    public static WebhookResponse refuse(int status, String reason) {
        return new WebhookResponse(status, reason);
    }
}
