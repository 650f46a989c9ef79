package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * A dialog the user dismisses: Telegram {@code show_alert: true}; VK has none and shows a snackbar (ANSWER_DEGRADED warning).
 *
 * @param text the text or address
 * @param cacheTime Telegram {@code cache_time}; not negative
 */
public record Alert(String text, Duration cacheTime) implements PressAnswer {
    public Alert {
        checkNotNull(text, "text");
        checkNotNull(cacheTime, "cacheTime");
        checkArgument(!cacheTime.isNegative(), "cacheTime must not be negative: %s", cacheTime);
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.ALERT;
    }

    @Override
    public Alert withCacheTime(Duration cacheTime) {
        return new Alert(text, cacheTime);
    }
}
