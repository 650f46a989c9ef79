package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Answers a press without showing anything: stops the spinner.
 *
 * @param cacheTime Telegram {@code cache_time}; not negative
 */
public record NoAnswer(Duration cacheTime) implements PressAnswer {
    public NoAnswer {
        checkNotNull(cacheTime, "cacheTime");
        checkArgument(!cacheTime.isNegative(), "cacheTime must not be negative: %s", cacheTime);
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.NONE;
    }

    @Override
    public NoAnswer withCacheTime(Duration cacheTime) {
        return new NoAnswer(cacheTime);
    }
}
