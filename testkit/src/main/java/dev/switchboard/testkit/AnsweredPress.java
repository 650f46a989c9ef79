package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;

/**
 * An answer a fake accepted for a button press, read back as the neutral {@link PressAnswer}.
 * Telegram {@code answerCallbackQuery} (text with {@code show_alert} an alert, text a toast,
 * {@code url} a link, nothing {@code none()}, {@code cache_time} kept); VK
 * {@code sendMessageEventAnswer} ({@code show_snackbar} a toast, {@code open_link} a link,
 * {@code open_app} an app, no {@code event_data} {@code none()}). Immutable.
 *
 * @param platform where the press was
 * @param pressId Telegram callback query id; VK {@code event_id}
 * @param userId who pressed
 * @param chatId the chat of the pressed message (VK {@code peer_id})
 * @param answer what the bot answered
 */
public record AnsweredPress(PlatformId platform, String pressId, long userId, long chatId, PressAnswer answer) {
    public AnsweredPress {
        checkNotNull(platform, "platform");
        checkNotNull(pressId, "pressId");
        checkNotNull(answer, "answer");
    }
}
