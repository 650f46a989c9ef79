package dev.switchboard.core.event;

import dev.switchboard.core.PlatformId;
import java.util.Optional;

/**
 * One thing a platform told the bot, in neutral form: a closed family with one record per
 * {@link UpdateKind}. Every update keeps its platform, the platform's update id (Telegram
 * {@code update_id}, VK envelope {@code event_id}) and the raw JSON it was read from.
 */
public sealed interface Update permits ButtonPress, MessageReceived, MembershipChange, ChatMigrated, Ignored {

    /** The platform the update came from. */
    PlatformId platform();

    /** Telegram's {@code update_id} or VK's envelope {@code event_id}, as a string; empty when absent. */
    Optional<String> updateId();

    /** The update exactly as received. */
    RawJson raw();

    /** Which record this is. */
    UpdateKind kind();
}
