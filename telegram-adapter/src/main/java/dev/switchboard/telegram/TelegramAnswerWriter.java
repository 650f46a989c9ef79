package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.Alert;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.answer.OpenLink;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.answer.Toast;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.validate.Validator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the parameters of {@code answerCallbackQuery}: {@code callback_query_id}, then
 * {@code text} (a toast, or with {@code show_alert: true} an alert) or {@code url}, then
 * {@code cache_time} when positive, in whole seconds, clamped to 30 days as the server does.
 * Immutable and thread-safe.
 */
final class TelegramAnswerWriter implements AnswerWriter {
    /** The server clamps {@code cache_time} to 0…2 592 000 s (research/telegram.md §4). */
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
    public Map<String, Object> write(ButtonPress press, PressAnswer answer) {
        checkNotNull(press, "press");
        checkNotNull(answer, "answer");
        checkArgument(press.platform().equals(PlatformId.TELEGRAM), "press is from %s, not Telegram", press.platform());
        Validator.validate(answer, rules).orThrow();
        Map<String, Object> parameters = new LinkedHashMap<>(2 * MAX_PARAMETERS);
        parameters.put("callback_query_id", press.pressId());
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
            case OPEN_APP -> throw new AssertionError("the rules reject open app answers: " + answer);
        }
        long seconds = answer.cacheTime().getSeconds();
        if (seconds > 0) {
            parameters.put("cache_time", (int) Math.min(seconds, MAX_CACHE_SECONDS));
        }
        return parameters;
    }
}
