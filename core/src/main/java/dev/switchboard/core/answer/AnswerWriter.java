package dev.switchboard.core.answer;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.util.Map;

/**
 * Turns a {@link PressAnswer} into one platform's request parameters, after validating it
 * against that platform's {@link AnswerRules}: Telegram {@code answerCallbackQuery}
 * ({@code callback_query_id}, {@code text}, {@code show_alert}, {@code url}, {@code cache_time}),
 * VK {@code messages.sendMessageEventAnswer} ({@code event_id}, {@code user_id}, {@code peer_id},
 * {@code event_data}). Thread-safe.
 */
public interface AnswerWriter {
    /** The rules every answer is checked against. */
    AnswerRules rules();

    /**
     * The request parameters, in order, with values of type {@code String}, {@code Long},
     * {@code Integer} or {@code Boolean}.
     *
     * @throws KeyboardRejectedException carrying the report if the answer has an ERROR
     */
    Map<String, Object> write(ButtonPress press, PressAnswer answer);
}
