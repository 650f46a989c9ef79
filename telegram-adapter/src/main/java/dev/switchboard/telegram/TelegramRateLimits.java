package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.spi.RateLimit;
import dev.switchboard.core.spi.SendLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Telegram's flood limits, kept before the wire so a bot slows down instead of collecting 429s,
 * as {@link RateLimit}s on a {@link SendLimits} store (this process's memory until
 * {@link #share shared} by the bot's replicas): about 30 messages a second per bot under
 * {@code telegram-<bot id>} (no burst, so no second sees more than the rate and one), 1 a second
 * per chat under {@code telegram-<bot id>:chat:<chat id>} (bursts of 2) and 20 a minute per group
 * (negative chat ids) under {@code telegram-<bot id>:group:<chat id>} (no burst). A 429's
 * {@code retry_after} halts {@code telegram-<bot id>}, which every message send lists. Only the
 * methods that post or change messages count. Thread-safe.
 */
final class TelegramRateLimits {
    static final Set<String> MESSAGE_METHODS = Set.of("sendMessage", "editMessageText", "editMessageReplyMarkup");
    static final long CHAT_BURST = 2;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String botKey;
    private final double messagesPerSecond;
    private final double perChatPerSecond;
    private final double perGroupPerMinute;
    private volatile SendLimits store;

    /**
     * @param botKey {@code telegram-<bot id>}, the key of the bot-wide limit and of its halts
     */
    TelegramRateLimits(String botKey, double messagesPerSecond, double perChatPerSecond, double perGroupPerMinute,
                       SendLimits store) {
        checkArgument(messagesPerSecond > 0, "messagesPerSecond must be positive: %s", messagesPerSecond);
        checkArgument(perChatPerSecond > 0, "perChatPerSecond must be positive: %s", perChatPerSecond);
        checkArgument(perGroupPerMinute > 0, "perGroupPerMinute must be positive: %s", perGroupPerMinute);
        this.botKey = checkNotNull(botKey, "botKey");
        this.messagesPerSecond = messagesPerSecond;
        this.perChatPerSecond = perChatPerSecond;
        this.perGroupPerMinute = perGroupPerMinute;
        this.store = checkNotNull(store, "store");
    }

    /**
     * The limits {@code method} to {@code chatId} takes a permit from: none for methods that do not
     * send, the bot-wide one for an inline-mode message (no chat), else the chat's (and group's) too.
     */
    List<RateLimit> limits(String method, OptionalLong chatId) {
        if (!MESSAGE_METHODS.contains(method)) {
            return List.of();
        }
        List<RateLimit> limits = new ArrayList<>(3);
        if (chatId.isPresent()) {
            long chat = chatId.getAsLong();
            limits.add(perSecond(botKey + ":chat:" + chat, perChatPerSecond, CHAT_BURST));
            if (chat < 0) {
                limits.add(perPeriod(botKey + ":group:" + chat, perGroupPerMinute, Duration.ofMinutes(1), 1));
            }
        }
        limits.add(perSecond(botKey, messagesPerSecond, 1));
        return limits;
    }

    /** One try at {@code limits}: zero when taken, else how long to wait (see {@link SendLimits#tryAcquire}). */
    Duration tryAcquire(List<RateLimit> limits) {
        return limits.isEmpty() ? Duration.ZERO : store.tryAcquire(limits);
    }

    /**
     * The longest wait the rates alone can ask of {@code limits} (one emission interval); a longer
     * wait is a halt.
     */
    static Duration longestRateWait(List<RateLimit> limits) {
        long longest = 0;
        for (RateLimit limit : limits) {
            long per = limit.per().toNanos();
            longest = Math.max(longest, per / limit.permits() + 1);
        }
        return Duration.ofNanos(longest);
    }

    /** Halts every message send of this bot, on every replica sharing the store, for {@code wait}. */
    void halt(Duration wait) {
        store.halt(botKey, wait);
    }

    /** From now on, counts in {@code shared} instead. */
    void share(SendLimits shared) {
        this.store = checkNotNull(shared, "shared");
    }

    private static RateLimit perSecond(String key, double rate, long burst) {
        return perPeriod(key, rate, Duration.ofSeconds(1), burst);
    }

    /** {@code rate} per {@code period}: whole permits when the rate is whole, else one permit per interval. */
    private static RateLimit perPeriod(String key, double rate, Duration period, long burst) {
        if (rate >= 1 && rate == Math.rint(rate) && rate < Long.MAX_VALUE) {
            return new RateLimit(key, (long) rate, period, burst);
        }
        double nanos = period.getSeconds() * (double) NANOS_PER_SECOND + period.getNano();
        return new RateLimit(key, 1, Duration.ofNanos(Math.max(1, Math.round(nanos / rate))), burst);
    }
}
