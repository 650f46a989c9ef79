package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.event.UpdateBatch;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Bots Long Poll {@code a_check} response: {@code {"ts":"4","updates":[…]}}
 * or {@code {"failed":N,"ts":…}}.
 *
 * @param ts the {@code ts} to poll with next, as text (VK sends a string or a number); empty when absent
 * @param failed the {@code failed} code (1: use the new ts; 2: get a new key; 3: new key and ts); empty on success
 * @param batch the updates read; empty when {@code failed} is present
 */
record VkLongPollResponse(Optional<String> ts, OptionalInt failed, UpdateBatch batch) {
    VkLongPollResponse {
        checkNotNull(ts, "ts");
        checkNotNull(failed, "failed");
        checkNotNull(batch, "batch");
    }
}
