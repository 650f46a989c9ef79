package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.util.concurrent.RateLimiter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Telegram's flood limits, kept before the wire so a bot slows down instead of collecting
 * 429s: about 30 messages a second overall, 1 a second per chat
 * (Guava's {@link RateLimiter} stores one second of unused permits, which gives the short
 * bursts Telegram allows) and 20 a minute per group (negative chat ids). Only the methods that
 * post or change messages count. Per-chat limiters live in a bounded cache that forgets idle
 * chats. Thread-safe; {@link #acquire} blocks the calling thread.
 */
final class TelegramRateLimits {
    static final Set<String> MESSAGE_METHODS = Set.of("sendMessage", "editMessageText", "editMessageReplyMarkup");
    private static final int MAX_CHATS = 10_000;
    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final double SECONDS_PER_MINUTE = 60.0;

    private final RateLimiter overall;
    private final LoadingCache<Long, RateLimiter> perChat;
    private final LoadingCache<Long, RateLimiter> perGroup;

    TelegramRateLimits(double messagesPerSecond, double perChatPerSecond, double perGroupPerMinute) {
        checkArgument(messagesPerSecond > 0, "messagesPerSecond must be positive: %s", messagesPerSecond);
        checkArgument(perChatPerSecond > 0, "perChatPerSecond must be positive: %s", perChatPerSecond);
        checkArgument(perGroupPerMinute > 0, "perGroupPerMinute must be positive: %s", perGroupPerMinute);
        overall = RateLimiter.create(messagesPerSecond);
        perChat = limiters(perChatPerSecond);
        perGroup = limiters(perGroupPerMinute / SECONDS_PER_MINUTE);
    }

    /**
     * Waits until {@code method} may go to {@code chatId} (empty for an inline-mode message,
     * which counts only against the overall limit). Other methods pass at once.
     */
    void acquire(String method, OptionalLong chatId) {
        if (!MESSAGE_METHODS.contains(method)) {
            return;
        }
        if (chatId.isPresent()) {
            long chat = chatId.getAsLong();
            perChat.getUnchecked(chat).acquire();
            if (chat < 0) {
                perGroup.getUnchecked(chat).acquire();
            }
        }
        overall.acquire();
    }

    private static LoadingCache<Long, RateLimiter> limiters(double permitsPerSecond) {
        return CacheBuilder.newBuilder()
                .maximumSize(MAX_CHATS)
                .expireAfterAccess(IDLE)
                .build(CacheLoader.from(chat -> RateLimiter.create(permitsPerSecond)));
    }
}
