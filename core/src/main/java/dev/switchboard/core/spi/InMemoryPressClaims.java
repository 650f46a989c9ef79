package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.time.Duration;

/**
 * Press claims in {@link RememberedIds}: a fingerprint per press, tagged with the hash of the
 * claiming replica's name (so that {@link #takeOver} moves a claim only from the replica named).
 */
final class InMemoryPressClaims implements PressClaims {
    private static final String ANONYMOUS = "";
    private final RememberedIds claimed;

    InMemoryPressClaims(Duration window, int capacity) {
        this.claimed = RememberedIds.create(window, capacity);
    }

    @Override
    public boolean claim(PlatformId platform, String pressId) {
        return claim(platform, pressId, ANONYMOUS);
    }

    @Override
    public boolean claim(PlatformId platform, String pressId, String replica) {
        return claimed.add(platform, pressId, tag(replica));
    }

    @Override
    public boolean takeOver(PlatformId platform, String pressId, String from, String to) {
        return claimed.replace(platform, pressId, tag(from), tag(to));
    }

    /** What {@code replica} claims with: its name's hash (names are few in a process, and not chosen by users). */
    private static int tag(String replica) {
        return checkNotNull(replica, "replica").hashCode() & Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "PressClaims.inMemory()";
    }
}
