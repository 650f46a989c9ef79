package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ButtonPress;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Points at one message the bot can edit: a chat and message id (Telegram {@code message_id},
 * VK {@code conversation_message_id}), or a Telegram {@code inline_message_id} for a message
 * sent in inline mode, which has no chat.
 *
 * @param platform where the message lives
 * @param chatId the chat, empty for an inline-mode message
 * @param messageId the message id in the chat
 * @param inlineMessageId Telegram's id of an inline-mode message
 */
public record MessageRef(PlatformId platform, OptionalLong chatId, OptionalLong messageId,
                         Optional<String> inlineMessageId) {
    public MessageRef {
        checkNotNull(platform, "platform");
        checkNotNull(chatId, "chatId");
        checkNotNull(messageId, "messageId");
        checkNotNull(inlineMessageId, "inlineMessageId");
        checkArgument(inlineMessageId.isPresent() || (chatId.isPresent() && messageId.isPresent()),
                "a message is named by chat and message id, or by inline message id");
    }

    /** A message in a chat. */
    public static MessageRef of(PlatformId platform, long chatId, long messageId) {
        return new MessageRef(platform, OptionalLong.of(chatId), OptionalLong.of(messageId), Optional.empty());
    }

    /** A Telegram inline-mode message. */
    public static MessageRef inline(PlatformId platform, String inlineMessageId) {
        return new MessageRef(platform, OptionalLong.empty(), OptionalLong.empty(), Optional.of(inlineMessageId));
    }

    /**
     * The message whose button was pressed, when the platform named it (VK omits it for
     * presses on non-inline keyboards).
     */
    public static Optional<MessageRef> of(ButtonPress press) {
        if (press.inlineMessageId().isPresent()) {
            return Optional.of(inline(press.platform(), press.inlineMessageId().get()));
        }
        if (press.chatId().isPresent() && press.messageId().isPresent()) {
            return Optional.of(of(press.platform(), press.chatId().getAsLong(), press.messageId().getAsLong()));
        }
        return Optional.empty();
    }
}
