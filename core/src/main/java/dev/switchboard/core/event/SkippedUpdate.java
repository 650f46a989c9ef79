package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One update of a batch that could not be read and was skipped; the rest of the batch was
 * still returned. Its update id is kept when it could be read, so a transport can still move
 * past it (Telegram offset) or recognise it again (VK {@code event_id}).
 *
 * @param position 0-based index of the update in the batch
 * @param updateId the update's id, when it could be read before the error
 * @param error why it could not be read
 */
public record SkippedUpdate(int position, Optional<String> updateId, UpdateParseException error) {
    public SkippedUpdate {
        checkNotNull(updateId, "updateId");
        checkNotNull(error, "error");
    }
}
