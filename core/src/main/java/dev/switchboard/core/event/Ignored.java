package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.Optional;

/**
 * An update of a type the SDK does not model (both APIs add types every few months). Never an
 * error: it is kept with its type name and raw JSON so nothing is lost.
 *
 * @param platform where it happened
 * @param updateId the platform's update id
 * @param updateType the platform's name for it ({@code widget_query}, {@code wall_post_new}, …)
 * @param raw the update as received
 */
public record Ignored(PlatformId platform, Optional<String> updateId, String updateType, RawJson raw)
        implements Update {
    public Ignored {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        checkNotNull(updateType, "updateType");
        checkNotNull(raw, "raw");
    }

    @Override
    public UpdateKind kind() {
        return UpdateKind.IGNORED;
    }
}
