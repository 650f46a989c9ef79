package dev.switchboard.core.spi;

import dev.switchboard.core.PlatformId;
import java.time.Duration;

/**
 * Which presses have been claimed for an answer, so that each press is answered by exactly one
 * replica of a bot: Telegram {@code callback_query.id}, VK {@code event_id}. The runtime claims a
 * press just before it sends the press's answer (the handler's, or its own {@code none()} at the
 * deadline); whoever claims second does not answer. Remembers each claim for a bounded window,
 * longer than any platform's answer window. Implementations are thread-safe.
 */
public interface PressClaims {
    /** How long a claim is remembered by default: 10 minutes (Telegram's window is about 10 s, VK's 60 s). */
    Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    /**
     * Claims the answer to press {@code pressId} of {@code platform}: true for the first caller
     * within the window, false for every later one, on any replica sharing this store.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    boolean claim(PlatformId platform, String pressId);

    /**
     * Claims like {@link #claim(PlatformId, String)}, remembering {@code replica} as the claimer so
     * that a replica adopting the dead claimer's updates can {@link #takeOver} the claim. By default
     * the claimer is not remembered.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    default boolean claim(PlatformId platform, String pressId, String replica) {
        return claim(platform, pressId);
    }

    /**
     * Moves the claim of press {@code pressId} from replica {@code from} to replica {@code to}, when
     * {@code from} holds it: true then, false when the press is unclaimed or another replica holds it.
     * For a replica that died between claiming a press and sending its answer; its adopter answers
     * instead (if the dead replica did send, the platform refuses the second answer). By default no
     * claim is ever moved.
     *
     * @throws StateStoreException if the store cannot be reached
     */
    default boolean takeOver(PlatformId platform, String pressId, String from, String to) {
        return false;
    }

    /** In this process's memory, for {@link #DEFAULT_WINDOW} and up to 100,000 presses. */
    static PressClaims inMemory() {
        return new InMemoryPressClaims(DEFAULT_WINDOW, 100_000);
    }
}
