package dev.switchboard.core.answer;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the bot answers a {@code ButtonPress}: a closed family, one record per {@link AnswerKind}.
 * Telegram sends it with {@code answerCallbackQuery}, VK with
 * {@code messages.sendMessageEventAnswer}. Every press must be answered once, even with
 * {@link #none()}, or the user's button keeps spinning.
 *
 * <pre>{@code
 * ctx.answer(PressAnswer.toast("Saved"));
 * ctx.answer(PressAnswer.alert("Out of stock").withCacheTime(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>{@code cacheTime} is Telegram's {@code cache_time} (clients cache the answer); VK ignores it.
 */
public sealed interface PressAnswer permits NoAnswer, Toast, Alert, OpenLink, OpenApp {

    /** Which kind this is. */
    AnswerKind kind();

    /** How long Telegram clients may cache this answer; {@link Duration#ZERO} by default. */
    Duration cacheTime();

    /** A copy with another cache time (Telegram {@code cache_time}, 0 s to 30 days). */
    PressAnswer withCacheTime(Duration cacheTime);

    /** Stops the button's spinner and shows nothing. */
    static NoAnswer none() {
        return new NoAnswer(Duration.ZERO);
    }

    /** A short notice that disappears by itself (Telegram toast ≤ 200 chars, VK snackbar ≤ 90). */
    static Toast toast(String text) {
        return new Toast(text, Duration.ZERO);
    }

    /** A dialog the user must dismiss (Telegram {@code show_alert}); VK shows a snackbar instead. */
    static Alert alert(String text) {
        return new Alert(text, Duration.ZERO);
    }

    /** Opens a link: VK any http(s) link; Telegram only {@code t.me/<bot>?start=…} links. */
    static OpenLink openLink(String url) {
        return new OpenLink(url, Duration.ZERO);
    }

    /** Opens a VK mini app in the context of community {@code ownerId}; Telegram has no such answer. */
    static OpenApp openApp(long appId, long ownerId, String hash) {
        return new OpenApp(appId, OptionalLong.of(ownerId), hash.isEmpty() ? Optional.empty() : Optional.of(hash),
                Duration.ZERO);
    }

    /** Opens a VK mini app without an owner or hash. */
    static OpenApp openApp(long appId) {
        return new OpenApp(appId, OptionalLong.empty(), Optional.empty(), Duration.ZERO);
    }
}
