package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Opens a link: VK {@code open_link} with any http(s) URL; Telegram {@code url}, which accepts only {@code t.me/<bot>?start=} links (and game URLs).
 *
 * @param url the text or address
 * @param cacheTime Telegram {@code cache_time}; not negative
 */
public record OpenLink(String url, Duration cacheTime) implements PressAnswer {
    public OpenLink {
        checkNotNull(url, "url");
        checkNotNull(cacheTime, "cacheTime");
        checkArgument(!cacheTime.isNegative(), "cacheTime must not be negative: %s", cacheTime);
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.OPEN_LINK;
    }

    @Override
    public OpenLink withCacheTime(Duration cacheTime) {
        return new OpenLink(url, cacheTime);
    }
}
