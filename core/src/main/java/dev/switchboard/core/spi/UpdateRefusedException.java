package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.SwitchboardException;

/**
 * An {@link UpdateSink} did not take an update, and nothing was done with it. The source must not
 * move its position past the update, and a webhook answers so that the platform delivers it again
 * (Telegram re-sends a webhook answered with a non-2xx status; VK's Callback API re-sends an event
 * not answered {@code ok}). Thrown instead of silently dropping when the bot's handlers are
 * saturated or the bot is stopping.
 */
public final class UpdateRefusedException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** Why the update was not taken. */
    public enum Reason {
        /** Every handler thread is busy and the handler queue is full: deliver it again later. */
        SATURATED,
        /** The bot is stopping: deliver it again to the next instance. */
        STOPPING
    }

    /** See {@link #platform()}. */
    private final PlatformId platform;
    /** See {@link #reason()}. */
    private final Reason reason;

    /** An update of {@code platform} (id {@code updateId}, or "?") not taken for {@code reason}. */
    public UpdateRefusedException(PlatformId platform, String updateId, Reason reason) {
        super(checkNotNull(platform, "platform").displayName() + " update " + checkNotNull(updateId, "updateId")
                + " not taken: " + describe(checkNotNull(reason, "reason")));
        this.platform = platform;
        this.reason = reason;
    }

    /** The platform of the update that was not taken. */
    public PlatformId platform() {
        return platform;
    }

    /** Why it was not taken. */
    public Reason reason() {
        return reason;
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case SATURATED -> "the handlers are saturated";
            case STOPPING -> "the bot is stopping";
        };
    }
}
