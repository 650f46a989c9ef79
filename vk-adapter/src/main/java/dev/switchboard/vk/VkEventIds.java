package dev.switchboard.vk;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/**
 * The envelope {@code event_id}s seen lately, to drop the events VK delivers twice. Bounded: the
 * oldest ids are forgotten first. Thread-safe.
 */
final class VkEventIds {
    /** How many ids are remembered. */
    static final int REMEMBERED = 10_000;

    private final Cache<String, Boolean> seen = CacheBuilder.newBuilder().maximumSize(REMEMBERED).build();

    /** Records {@code id}; true when it was not seen before (atomically, so one of two racing callers wins). */
    boolean firstSeen(String id) {
        return seen.asMap().putIfAbsent(id, Boolean.TRUE) == null;
    }

    /** Whether {@code id} was recorded. */
    boolean seen(String id) {
        return seen.getIfPresent(id) != null;
    }

    /** Forgets {@code id}, so its next delivery is taken (after the sink refused it). */
    void forget(String id) {
        seen.invalidate(id);
    }
}
