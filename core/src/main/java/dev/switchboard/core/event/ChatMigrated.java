package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.Optional;

/**
 * A Telegram group became a supergroup with a new id ({@code migrate_to_chat_id} in the old
 * chat, {@code migrate_from_chat_id} in the new one). Messages to the old id fail from now on.
 *
 * @param platform where it happened
 * @param updateId the platform's update id
 * @param fromChatId the old chat id
 * @param toChatId the new chat id
 * @param raw the update as received
 */
public record ChatMigrated(PlatformId platform, Optional<String> updateId, long fromChatId, long toChatId,
                           RawJson raw) implements Update {
    public ChatMigrated {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        checkNotNull(raw, "raw");
    }

    @Override
    public UpdateKind kind() {
        return UpdateKind.CHAT_MIGRATED;
    }
}
