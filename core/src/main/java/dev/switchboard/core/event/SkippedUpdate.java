package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One update of a batch that could not be read and was skipped; the rest of the batch was
 * still returned.
 *
 * @param position 0-based index of the update in the batch
 * @param error why it could not be read
 */
public record SkippedUpdate(int position, UpdateParseException error) {
    public SkippedUpdate {
        checkNotNull(error, "error");
    }
}
