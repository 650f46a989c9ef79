package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;

/**
 * An update a replica took but did not finish handling, as {@link SeenUpdates#adoptOrphans} hands
 * it to the replica that takes it over: the platform, the platform's update id, and the update's
 * JSON exactly as received, from which the platform's reader makes the update again.
 *
 * @param platform the platform the update came from
 * @param updateId Telegram {@code update_id}, VK {@code event_id}
 * @param rawJson the update exactly as received
 * @param from the replica that took it and died
 */
public record TakenUpdate(PlatformId platform, String updateId, String rawJson, String from) {
    public TakenUpdate {
        checkNotNull(platform, "platform");
        checkNotNull(updateId, "updateId");
        checkNotNull(rawJson, "rawJson");
        checkNotNull(from, "from");
    }
}
