package dev.switchboard.core.payload;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps payloads too long for a platform and hands out short tokens to send in their place; the
 * runtime resolves a token when its button is pressed. The runtime stores only payloads that
 * exceed a platform's limit (once signed, when the bot signs payloads), and only when the bot
 * opted in ({@code Bot.Builder.payloadStore}).
 *
 * <p>Tokens start with {@link #TOKEN_PREFIX} ({@code ~s:}), which no {@link CallbackData} prefix
 * may start with, so a token never collides with a codec's payload. The {@linkplain #inMemory()
 * in-memory store}'s tokens are {@code ~s:} followed by 12 characters of the URL-safe Base64
 * alphabet ({@code A–Z a–z 0–9 - _}) encoding 72 bits from {@link java.security.SecureRandom}:
 * 15 ASCII characters, 15 bytes, 23 characters as VK's {@code {"p":…}} JSON, within every
 * platform's limit, and not guessable. Other stores may make other tokens, but they must start
 * with {@code ~s:}, be unguessable, and fit Telegram's 64 bytes.
 *
 * <p>This is an extension point (for example a store shared by several bot instances):
 * implementations must be thread-safe, and {@link #get} must return empty, not throw, for a
 * token that is unknown, expired, evicted or forged. Methods may be added later as
 * {@code default} methods.
 */
public interface PayloadStore {
    /** The start of every token. */
    String TOKEN_PREFIX = "~s:";

    /**
     * Stores {@code payload} and returns a new token for it. Each call makes a fresh token, even
     * for a payload stored before.
     */
    String put(String payload);

    /** The payload stored under {@code token}, or empty when it is unknown, expired or not a token. */
    Optional<String> get(String token);

    /**
     * A fresh token as the in-memory store makes them: {@link #TOKEN_PREFIX} followed by 12
     * characters of the URL-safe Base64 alphabet encoding 72 bits from {@link java.security.SecureRandom},
     * 15 ASCII characters in all. For stores that keep payloads elsewhere (Redis, a database) and
     * want the same unguessable, short tokens. Thread-safe.
     */
    static String newToken() {
        return InMemoryPayloadStore.newToken();
    }

    /** Whether {@code payload} is a token of some store: it starts with {@link #TOKEN_PREFIX}. */
    default boolean isToken(String payload) {
        return checkNotNull(payload, "payload").startsWith(TOKEN_PREFIX);
    }

    /**
     * The default store: in this process's memory, at most 100 000 payloads (least recently used
     * go first), each kept 48 hours after it was stored, pressed or not.
     */
    static PayloadStore inMemory() {
        return InMemoryPayloadStore.defaults();
    }

    /**
     * An in-memory store of at most {@code maxEntries} payloads, each kept for {@code ttl} after
     * it was stored.
     */
    static PayloadStore inMemory(long maxEntries, Duration ttl) {
        return new InMemoryPayloadStore(maxEntries, ttl, Ticker.systemTicker());
    }

    /**
     * As {@link #inMemory(long, Duration)}, reading time from {@code ticker}; for tests that move
     * time forward without sleeping.
     */
    static PayloadStore inMemory(long maxEntries, Duration ttl, Ticker ticker) {
        return new InMemoryPayloadStore(maxEntries, ttl, ticker);
    }
}
