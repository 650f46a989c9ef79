package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import dev.switchboard.core.PlatformId;
import java.time.Duration;
import java.util.Set;

/**
 * Recent presses in {@link RememberedIds}, a fingerprint per press and no object per press. Each
 * press is tagged with a sequence number; a replaced keyboard leaves, per payload it offers again,
 * a marker with the sequence number of the replacement, and a press older than the marker of its
 * message and payload is forgotten. Presses and markers are dropped when their window ends.
 */
final class InMemoryRecentPresses implements RecentPresses {
    /** Sequence numbers wrap at 2^31; one is later than another when ahead by less than 2^30. */
    private static final int HALF = 1 << 30;
    private static final Duration DEFAULT_WINDOW = Duration.ofSeconds(2);

    private final RememberedIds presses;
    private final RememberedIds replaced;
    private int sequence;
    private long longestWindow;

    InMemoryRecentPresses(int capacity) {
        this(capacity, Ticker.systemTicker());
    }

    InMemoryRecentPresses(int capacity, Ticker ticker) {
        // every entry is put with its own window; the tables' own is the runtime's default
        this.presses = RememberedIds.create(DEFAULT_WINDOW, capacity, ticker);
        this.replaced = RememberedIds.create(DEFAULT_WINDOW, capacity, ticker);
    }

    @Override
    public synchronized boolean repeated(PlatformId platform, String message, long userId, String payload,
                                         Duration window) {
        checkNotNull(window, "window");
        String press = pressKey(checkNotNull(message, "message"), userId, checkNotNull(payload, "payload"));
        int earlier = presses.tag(platform, press);
        if (earlier != RememberedIds.ABSENT && !replacedSince(platform, message, payload, earlier)) {
            return true;
        }
        longestWindow = Math.max(longestWindow, window.toNanos());
        presses.put(platform, press, next(), window);
        return false;
    }

    @Override
    public synchronized void keyboardReplaced(PlatformId platform, String message, Set<String> offered) {
        checkNotNull(message, "message");
        if (longestWindow == 0 || offered.isEmpty()) {
            return; // no press remembered ever, so none to forget
        }
        // a marker must outlast every press made before it: the longest window any press had
        Duration markerWindow = Duration.ofNanos(longestWindow);
        int now = next();
        for (String payload : offered) {
            replaced.put(platform, offerKey(message, payload), now, markerWindow);
        }
    }

    /** Whether {@code message}'s keyboard was replaced, offering {@code payload}, after press {@code pressed}. */
    private boolean replacedSince(PlatformId platform, String message, String payload, int pressed) {
        int marker = replaced.tag(platform, offerKey(message, payload));
        if (marker == RememberedIds.ABSENT) {
            return false;
        }
        int ahead = (marker - pressed) & Integer.MAX_VALUE;
        return ahead > 0 && ahead < HALF;
    }

    private int next() {
        sequence = (sequence + 1) & Integer.MAX_VALUE;
        return sequence;
    }

    /** An unambiguous key of message, user and payload: the message's length first, then each part. */
    private static String pressKey(String message, long userId, String payload) {
        return message.length() + ":" + message + userId + ":" + payload;
    }

    private static String offerKey(String message, String payload) {
        return message.length() + ":" + message + payload;
    }

    /** Presses held; for tests. */
    long size() {
        return presses.size();
    }

    @Override
    public String toString() {
        return "RecentPresses.inMemory()";
    }
}
