package dev.switchboard.core.answer;

import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.validate.AnswerRejectedException;
import java.util.Map;

/**
 * Turns an answer into one platform's request parameters. Those are Telegram's
 * {@code answerCallbackQuery} ({@code callback_query_id}, {@code text}, {@code show_alert}, {@code url}, {@code cache_time}),
 * VK {@code messages.sendMessageEventAnswer} ({@code event_id}, {@code user_id}, {@code peer_id},
 * {@code event_data}). An answer is checked against the platform's {@link AnswerRules} once, by
 * {@link #request} (which {@link #write(ButtonPress, PressAnswer)} calls); {@link #write(AnswerRequest)}
 * writes an answer already checked. Thread-safe.
 */
public interface AnswerWriter {
    /** The rules every answer is checked against. */
    AnswerRules rules();

    /**
     * Checks {@code answer} to {@code press} against {@link #rules()}; see {@link AnswerRequest#of}.
     *
     * @throws AnswerRejectedException carrying the report if the answer has an ERROR
     * @throws IllegalArgumentException if the press is from another platform
     */
    default AnswerRequest request(ButtonPress press, PressAnswer answer) {
        return AnswerRequest.of(press, answer, rules());
    }

    /**
     * The request parameters of an answer already checked, in order, with values of type
     * {@code String}, {@code Long}, {@code Integer} or {@code Boolean}.
     *
     * @throws IllegalArgumentException if the request is for another platform
     */
    Map<String, Object> write(AnswerRequest request);

    /**
     * Checks and writes: {@code write(request(press, answer))}.
     *
     * @throws AnswerRejectedException carrying the report if the answer has an ERROR
     */
    default Map<String, Object> write(ButtonPress press, PressAnswer answer) {
        return write(request(press, answer));
    }
}
