package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.event.UpdateKind;
import java.util.Set;

/**
 * Which updates a bot's handlers need, so a platform asks for exactly those (Telegram
 * {@code allowed_updates}). Derived by the runtime from the registered handlers.
 *
 * @param kinds the neutral kinds some handler consumes
 * @param otherMembers true when a membership handler needs changes of other users (Telegram
 *        {@code chat_member}, which is opt-in), not only the bot's own
 */
public record UpdateNeeds(Set<UpdateKind> kinds, boolean otherMembers) {
    public UpdateNeeds {
        kinds = Set.copyOf(checkNotNull(kinds, "kinds"));
    }

    /** Every kind, other members included. */
    public static UpdateNeeds everything() {
        return new UpdateNeeds(Set.of(UpdateKind.values()), true);
    }
}
