package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.SwitchboardException;

/**
 * Thrown by {@link Bot#run()}, once the bot has stopped, when an update source ended by throwing
 * while the bot was running (Telegram 409: another poller or a webhook is active). The cause is what the source
 * threw, often a {@link dev.switchboard.core.PlatformApiException}.
 */
public final class SourceFailedException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** See {@link #platform()}. */
    private final PlatformId platform;

    SourceFailedException(PlatformId platform, RuntimeException cause) {
        super(checkNotNull(platform, "platform").displayName() + " update source failed: " + cause.getMessage(),
                cause);
        this.platform = platform;
    }

    /** The platform whose source failed first. */
    public PlatformId platform() {
        return platform;
    }
}
