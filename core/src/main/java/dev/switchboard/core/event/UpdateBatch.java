package dev.switchboard.core.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The result of reading a batch (Telegram {@code getUpdates} response, VK Bots Long Poll
 * response): the updates that could be read, in order, and the ones skipped, each with its
 * position and error. One bad update never hides the others.
 *
 * @param updates read updates, in batch order
 * @param skipped updates that could not be read
 */
public record UpdateBatch(List<Update> updates, List<SkippedUpdate> skipped) {
    public UpdateBatch {
        updates = List.copyOf(checkNotNull(updates, "updates"));
        skipped = List.copyOf(checkNotNull(skipped, "skipped"));
    }
}
