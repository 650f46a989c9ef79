package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Someone's standing in a chat changed. Sources: Telegram {@code my_chat_member} (the bot) and
 * {@code chat_member} (others; needs {@code allowed_updates}); VK {@code message_deny} /
 * {@code message_allow} (bot blocked / unblocked), {@code group_join} / {@code group_leave}
 * (community, chat id {@code -group_id}) and {@code message_new} actions
 * {@code chat_invite_user} / {@code chat_kick_user}.
 *
 * @param platform where it happened
 * @param updateId Telegram {@code update_id} / VK envelope {@code event_id}
 * @param chatId the chat (a private chat's id is the user's)
 * @param subject whether the bot's own membership changed or another user's
 * @param userId the person the change is about: the member when the subject is a user; the user
 *        who blocked, unblocked or added the bot when the subject is the bot
 * @param actorId who caused it, when known
 * @param from the status before
 * @param to the status after
 * @param change what it means
 * @param raw the update as received
 */
public record MembershipChange(PlatformId platform, Optional<String> updateId, long chatId,
                               MembershipSubject subject, long userId, OptionalLong actorId, MemberStatus from,
                               MemberStatus to, Change change, RawJson raw) implements Update {
    public MembershipChange {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        checkNotNull(subject, "subject");
        checkNotNull(actorId, "actorId");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(change, "change");
        checkNotNull(raw, "raw");
    }

    @Override
    public UpdateKind kind() {
        return UpdateKind.MEMBERSHIP;
    }
}
