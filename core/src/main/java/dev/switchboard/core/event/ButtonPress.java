package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A button was pressed: Telegram {@code callback_query} or VK {@code message_event}. Must be
 * answered (Telegram within about 10 s, VK while {@code event_id} lives, 60 s).
 *
 * @param platform where it happened
 * @param updateId Telegram {@code update_id} / VK envelope {@code event_id}
 * @param pressId what an answer refers to: Telegram {@code callback_query.id}, VK object {@code event_id}
 * @param userId who pressed
 * @param chatId the conversation; empty for a Telegram inline-mode message
 * @param messageId Telegram {@code message_id}; VK {@code conversation_message_id}, which VK omits
 *        for non-inline keyboards
 * @param inlineMessageId Telegram {@code inline_message_id} of an inline-mode message
 * @param payload the button's payload (VK decoded from {@code {"p":…}}); empty when none was sent
 * @param messageAccessible false when Telegram says the message is no longer accessible ({@code date == 0})
 * @param source how the press arrived
 * @param raw the update as received
 */
public record ButtonPress(PlatformId platform, Optional<String> updateId, String pressId, long userId,
                          OptionalLong chatId, OptionalLong messageId, Optional<String> inlineMessageId,
                          Optional<String> payload, boolean messageAccessible, PressSource source, RawJson raw)
        implements Update {
    public ButtonPress {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        checkNotNull(pressId, "pressId");
        checkNotNull(chatId, "chatId");
        checkNotNull(messageId, "messageId");
        checkNotNull(inlineMessageId, "inlineMessageId");
        checkNotNull(payload, "payload");
        checkNotNull(source, "source");
        checkNotNull(raw, "raw");
    }

    @Override
    public UpdateKind kind() {
        return UpdateKind.BUTTON_PRESS;
    }
}
