package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * A short notice that disappears by itself: Telegram toast (0–200 characters), VK {@code show_snackbar} (1–90).
 *
 * @param text the text or address
 * @param cacheTime Telegram {@code cache_time}; not negative
 */
public record Toast(String text, Duration cacheTime) implements PressAnswer {
    public Toast {
        checkNotNull(text, "text");
        checkNotNull(cacheTime, "cacheTime");
        checkArgument(!cacheTime.isNegative(), "cacheTime must not be negative: %s", cacheTime);
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.TOAST;
    }

    @Override
    public Toast withCacheTime(Duration cacheTime) {
        return new Toast(text, cacheTime);
    }
}
