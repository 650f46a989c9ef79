package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * One rate limit on sends: at most {@code permits} per {@code per} under {@code key}, with bursts
 * of up to {@code burst} sends after a quiet spell. For example Telegram's 30 messages a second
 * per bot, 1 a second per private chat, 20 a minute per group; VK's 20 requests a second per token.
 *
 * @param key what the limit counts (such as {@code telegram-123456:chat:42}); also the scope a
 *            {@linkplain SendLimits#halt halt} names
 * @param permits sends allowed per period, positive
 * @param per the period, positive
 * @param burst sends allowed at once after a quiet spell, at least 1
 */
public record RateLimit(String key, long permits, Duration per, long burst) {
    public RateLimit {
        checkNotNull(key, "key");
        checkNotNull(per, "per");
        checkArgument(permits > 0, "permits must be positive: %s", permits);
        checkArgument(!per.isNegative() && !per.isZero(), "per must be positive: %s", per);
        checkArgument(burst >= 1, "burst must be at least 1: %s", burst);
    }
}
