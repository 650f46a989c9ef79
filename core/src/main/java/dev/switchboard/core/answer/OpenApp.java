package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opens a VK mini app ({@code event_data} {@code {"type":"open_app",…}}); Telegram has no
 * such answer (UNSUPPORTED_ANSWER).
 *
 * @param appId the mini app id
 * @param ownerId the community the app is opened for, if any
 * @param hash navigation fragment passed after {@code #}, if any
 * @param cacheTime Telegram {@code cache_time}; not negative
 */
public record OpenApp(long appId, OptionalLong ownerId, Optional<String> hash, Duration cacheTime)
        implements PressAnswer {
    public OpenApp {
        checkNotNull(ownerId, "ownerId");
        checkNotNull(hash, "hash");
        checkNotNull(cacheTime, "cacheTime");
        checkArgument(!cacheTime.isNegative(), "cacheTime must not be negative: %s", cacheTime);
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.OPEN_APP;
    }

    @Override
    public OpenApp withCacheTime(Duration cacheTime) {
        return new OpenApp(appId, ownerId, hash, cacheTime);
    }
}
