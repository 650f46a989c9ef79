package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A message arrived: Telegram {@code message}, VK {@code message_new}. A press on a VK text
 * button carries its {@code payload}; the Start button's {@code {"command":"start"}} stays as
 * its JSON text. VK community mentions such as {@code [club123|Name], } are stripped from
 * the text.
 *
 * @param platform where it happened
 * @param updateId Telegram {@code update_id} / VK envelope {@code event_id}
 * @param userId the sender; empty when the platform names none (e.g. Telegram channel posts)
 * @param chatId the conversation (VK {@code peer_id}; chats are {@code 2000000000 + chat_id})
 * @param messageId Telegram {@code message_id}; VK {@code conversation_message_id}
 * @param text the text, empty when the message has none
 * @param payload the pressed button's payload (VK), decoded from {@code {"p":…}}
 * @param client the user's app capabilities (VK {@code client_info}), when reported
 * @param raw the update as received
 */
public record MessageReceived(PlatformId platform, Optional<String> updateId, OptionalLong userId, long chatId,
                              long messageId, String text, Optional<String> payload,
                              Optional<ClientCapabilities> client, RawJson raw) implements Update {
    public MessageReceived {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        checkNotNull(userId, "userId");
        checkNotNull(text, "text");
        checkNotNull(payload, "payload");
        checkNotNull(client, "client");
        checkNotNull(raw, "raw");
    }

    @Override
    public UpdateKind kind() {
        return UpdateKind.MESSAGE;
    }
}
