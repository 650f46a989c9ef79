package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.Alert;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.answer.OpenLink;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.answer.Toast;
import dev.switchboard.core.event.ButtonPress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the parameters of {@code answerCallbackQuery} from an {@link AnswerRequest} checked against
 * {@link #rules()} ({@link #request} checks a press and answer): {@code callback_query_id}, then
 * {@code text} (a toast, or with {@code show_alert: true} an alert) or {@code url}, then
 * {@code cache_time} when positive, in whole seconds, clamped to 30 days as the server does.
 * Immutable and thread-safe.
 */
final class TelegramAnswerWriter implements AnswerWriter {
    /** The server clamps {@code cache_time} to 0…2 592 000 s. */
    static final long MAX_CACHE_SECONDS = 2_592_000;
    private static final int MAX_PARAMETERS = 4;

    private final AnswerRules rules;

    TelegramAnswerWriter(AnswerRules rules) {
        this.rules = checkNotNull(rules, "rules");
    }

    @Override
    public AnswerRules rules() {
        return rules;
    }

    @Override
    public AnswerRequest request(ButtonPress press, PressAnswer answer) {
        checkNotNull(press, "press");
        checkNotNull(answer, "answer");
        checkTelegram(press.platform());
        return AnswerRequest.of(press, answer, rules);
    }

    @Override
    public Map<String, Object> write(AnswerRequest request) {
        checkNotNull(request, "request");
        checkTelegram(request.platform());
        PressAnswer answer = request.answer();
        Map<String, Object> parameters = new LinkedHashMap<>(2 * MAX_PARAMETERS);
        parameters.put("callback_query_id", request.pressId());
        switch (answer.kind()) {
            case NONE -> {
            }
            case TOAST -> {
                // Telegram shows a notification only if text is given; an empty toast shows nothing.
                String text = ((Toast) answer).text();
                if (!text.isEmpty()) {
                    parameters.put("text", text);
                }
            }
            case ALERT -> {
                parameters.put("text", ((Alert) answer).text());
                parameters.put("show_alert", Boolean.TRUE);
            }
            case OPEN_LINK -> parameters.put("url", ((OpenLink) answer).url());
            // Telegram's rules reject it; a request checked against other rules for Telegram may carry it.
            case OPEN_APP -> throw new IllegalArgumentException("Telegram has no open app answer: " + answer);
        }
        long seconds = answer.cacheTime().getSeconds();
        if (seconds > 0) {
            parameters.put("cache_time", (int) Math.min(seconds, MAX_CACHE_SECONDS));
        }
        return parameters;
    }

    private static void checkTelegram(PlatformId platform) {
        checkArgument(platform.equals(PlatformId.TELEGRAM), "press is from %s, not Telegram", platform);
    }
}
