package dev.switchboard.telegram;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The Bot API answered {@code {"ok":false,"error_code":…,"description":…}}, or a proxy in
 * front of it answered with an error status and no JSON; thrown after the retries the
 * {@link dev.switchboard.core.transport.RetryPolicy} allows. {@link #errorCode()} is Telegram's
 * {@code error_code} (equal to the HTTP status), {@link #retryAfter()} its
 * {@code parameters.retry_after} and {@link #migrateToChatId()} its
 * {@code parameters.migrate_to_chat_id}. The message reads, for example,
 * {@code Telegram sendMessage failed with 429: Too Many Requests: retry after 7 (after 4 attempts)}
 * and never contains the bot token (see {@code docs/transports.md}). Immutable.
 */
public final class TelegramApiException extends PlatformApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link #migrateToChatId()}. */
    private final Long migrateToChatId;
    /** What to do about the error, appended to the message; null when there is no hint. */
    private final String hint;
    /** The response body as received (token-free), for reporting a migration; not serialised. */
    private final transient String responseBody;

    TelegramApiException(String method, int errorCode, String description, Optional<Duration> retryAfter,
                         int attempts, OptionalLong migrateToChatId, String hint, String responseBody) {
        super(PlatformId.TELEGRAM, method, errorCode, description, retryAfter, attempts);
        this.migrateToChatId = migrateToChatId.isPresent() ? migrateToChatId.getAsLong() : null;
        this.hint = hint;
        this.responseBody = responseBody;
    }

    /**
     * The supergroup a group chat became ({@code parameters.migrate_to_chat_id}); a send to the
     * old id fails with it. {@code Messenger.send} already retries once on the new chat.
     */
    public OptionalLong migrateToChatId() {
        return migrateToChatId == null ? OptionalLong.empty() : OptionalLong.of(migrateToChatId);
    }

    /** Telegram's message, then what to do about it when the SDK knows (e.g. on a 409 conflict). */
    @Override
    public String getMessage() {
        return hint == null ? super.getMessage() : super.getMessage() + "; " + hint;
    }

    /** A copy with {@code text} added to the message. */
    TelegramApiException withHint(String text) {
        return new TelegramApiException(method(), errorCode(), description(), retryAfter(), attempts(),
                migrateToChatId(), text, responseBody);
    }

    /** The body Telegram sent, or an empty object when it was not kept. */
    String responseBody() {
        return responseBody == null ? "{}" : responseBody;
    }
}
