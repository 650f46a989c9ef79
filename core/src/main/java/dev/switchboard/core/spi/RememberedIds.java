package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ticker;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import dev.switchboard.core.PlatformId;
import java.time.Duration;

/**
 * Ids of one kind (updates, presses) remembered for a window, up to a capacity, each with a
 * small tag: the building block of the in-memory stores. An id is kept as a 128-bit fingerprint of
 * {@code platform/id} (murmur3) in a few primitive arrays, with no object per id, so a store
 * holding 100,000 ids costs about 55 bytes an id (28 a slot, the index, and G1's rounding of
 * large arrays up to whole regions) and gives the garbage collector nothing to copy or trace:
 * remembering every update and press of the last hour adds nothing to a young collection's work.
 * Two different ids are taken for one with a probability of about
 * n / 2<sup>128</sup> per lookup among n remembered ids (below 10<sup>-33</sup> at 100,000).
 *
 * <p>Ids are held in the order they were first added: one whose window ended is forgotten, and
 * when the capacity is reached the oldest is forgotten first. Changing an id's tag keeps its
 * place and its window. A store whose callers choose the window per call (recent presses) puts
 * each id with its own window. Thread-safe: every call holds the table's lock for a few array
 * reads and writes; the fingerprint is computed before.
 */
public final class RememberedIds {
    /** What {@link #tag} returns for an id not remembered. */
    public static final int ABSENT = -1;

    private static final HashFunction FINGERPRINT = Hashing.murmur3_128();
    private static final int DEAD = Integer.MIN_VALUE;
    private static final int FIRST_LENGTH = 64;

    private final long window;
    private final int capacity;
    private final Ticker ticker;

    // a ring of slots in the order ids were added: head is the oldest, count the slots in use
    // (forgotten ones included, marked DEAD until they reach the head)
    private long[] high;
    private long[] low;
    private long[] until;
    private int[] tags;
    private int head;
    private int count;
    private int live;
    // set once an id is put with its own window; then a full ring also drops ids whose window ended
    private boolean windowsPerId;
    private int appendsSinceSweep;
    // open addressing with linear probing: slot + 1, or 0 for an empty place
    private int[] index;

    private RememberedIds(Duration window, int capacity, Ticker ticker) {
        checkArgument(capacity > 0, "capacity must be positive: %s", capacity);
        this.window = checkWindow(window).toNanos();
        this.capacity = capacity;
        this.ticker = checkNotNull(ticker, "ticker");
        allocate(Math.min(capacity, FIRST_LENGTH));
    }

    /** Ids remembered for {@code window}, at most {@code capacity} of them. */
    public static RememberedIds create(Duration window, int capacity) {
        return create(window, capacity, Ticker.systemTicker());
    }

    /** Ids remembered for {@code window}, at most {@code capacity} of them, reading time from {@code ticker}. */
    public static RememberedIds create(Duration window, int capacity, Ticker ticker) {
        return new RememberedIds(window, capacity, ticker);
    }

    /**
     * Remembers {@code id} of {@code platform} with {@code tag} (0 or more) unless it is
     * remembered already: true when it was not (the caller is first), false when it was.
     */
    public boolean add(PlatformId platform, String id, int tag) {
        checkTag(tag);
        long[] print = fingerprint(platform, id);
        synchronized (this) {
            long now = ticker.read();
            if (findLive(print[0], print[1], now) >= 0) {
                return false;
            }
            append(print[0], print[1], tag, now, now + window);
            return true;
        }
    }

    /** Remembers {@code id} with {@code tag}, or sets the tag of an id remembered already (keeping its window). */
    public void put(PlatformId platform, String id, int tag) {
        put(platform, id, tag, window, false);
    }

    /**
     * Remembers {@code id} with {@code tag} for {@code window} from now instead of the table's, or
     * sets both for an id remembered already (it keeps its place in the order of addition). For
     * stores whose callers choose the window per call; an id whose window ends before older ids'
     * is no longer found, and is dropped when it becomes the oldest.
     */
    public void put(PlatformId platform, String id, int tag, Duration window) {
        put(platform, id, tag, checkWindow(window).toNanos(), true);
    }

    private void put(PlatformId platform, String id, int tag, long windowNanos, boolean ownWindow) {
        checkTag(tag);
        long[] print = fingerprint(platform, id);
        synchronized (this) {
            long now = ticker.read();
            windowsPerId |= ownWindow;
            int place = findLive(print[0], print[1], now);
            if (place < 0) {
                append(print[0], print[1], tag, now, now + windowNanos);
                return;
            }
            int slot = index[place] - 1;
            tags[slot] = tag;
            if (ownWindow) {
                until[slot] = now + windowNanos;
            }
        }
    }

    /** The tag of {@code id}, or {@link #ABSENT} when it is not remembered. */
    public int tag(PlatformId platform, String id) {
        long[] print = fingerprint(platform, id);
        synchronized (this) {
            int place = findLive(print[0], print[1], ticker.read());
            return place < 0 ? ABSENT : tags[index[place] - 1];
        }
    }

    /** Sets the tag of {@code id} to {@code tag} when it is {@code expected}; true when it was. */
    public boolean replace(PlatformId platform, String id, int expected, int tag) {
        checkTag(tag);
        long[] print = fingerprint(platform, id);
        synchronized (this) {
            int place = findLive(print[0], print[1], ticker.read());
            if (place < 0 || tags[index[place] - 1] != expected) {
                return false;
            }
            tags[index[place] - 1] = tag;
            return true;
        }
    }

    /** Forgets {@code id}; true when it was remembered. */
    public boolean forget(PlatformId platform, String id) {
        long[] print = fingerprint(platform, id);
        synchronized (this) {
            int place = findLive(print[0], print[1], ticker.read());
            if (place < 0) {
                return false;
            }
            drop(place);
            return true;
        }
    }

    /** How long an id is remembered after it was added. */
    public Duration window() {
        return Duration.ofNanos(window);
    }

    /** The most ids remembered at once. */
    public int capacity() {
        return capacity;
    }

    /** How many ids are remembered now (with windows chosen per id, some whose window ended may be counted). */
    public synchronized int size() {
        forgetEnded(ticker.read());
        return live;
    }

    @Override
    public String toString() {
        return "RememberedIds(" + window() + ", " + capacity + ")";
    }

    private static Duration checkWindow(Duration window) {
        checkNotNull(window, "window");
        checkArgument(!window.isNegative() && !window.isZero(), "window must be positive: %s", window);
        return window;
    }

    private static void checkTag(int tag) {
        checkArgument(tag >= 0, "tag must not be negative: %s", tag);
    }

    private static long[] fingerprint(PlatformId platform, String id) {
        byte[] hash = FINGERPRINT.newHasher()
                .putUnencodedChars(checkNotNull(platform, "platform").value())
                .putChar('/')
                .putUnencodedChars(checkNotNull(id, "id"))
                .hash().asBytes();
        return new long[] {
            Longs.fromBytes(hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7]),
            Longs.fromBytes(hash[8], hash[9], hash[10], hash[11], hash[12], hash[13], hash[14], hash[15])
        };
    }

    private void allocate(int length) {
        high = new long[length];
        low = new long[length];
        until = new long[length];
        tags = new int[length];
        index = new int[Integer.highestOneBit(Math.max(2, length) - 1) << 2];
        head = 0;
        count = 0;
        live = 0;
    }

    /** Drops the oldest slots while they are forgotten or their window ended; added in time order, so all of them. */
    private void forgetEnded(long now) {
        while (count > 0 && (tags[head] == DEAD || until[head] - now <= 0)) {
            dropHead();
        }
    }

    private void dropHead() {
        if (tags[head] != DEAD) {
            unindex(find(high[head], low[head]));
            live--;
        }
        head = (head + 1) % tags.length;
        count--;
    }

    private void append(long high, long low, int tag, long now, long until) {
        appendsSinceSweep++;
        if (count == tags.length) {
            makeRoom(now);
        }
        int slot = (head + count) % tags.length;
        this.high[slot] = high;
        this.low[slot] = low;
        this.until[slot] = until;
        this.tags[slot] = tag;
        count++;
        live++;
        indexSlot(slot);
    }

    /**
     * A full ring grows up to the capacity, drops its forgotten slots when many, or else its oldest
     * id. With windows chosen per id, ids whose window ended may sit behind an older id whose window
     * has not: then the ring is also rebuilt without them, at most once per eighth of the ring's
     * appends so that a ring full of live ids costs no more than a few steps an append.
     */
    private void makeRoom(long now) {
        int length = tags.length;
        if (length < capacity) {
            rebuild((int) Math.min(capacity, 2L * length), now);
        } else if (count - live >= Math.max(1, length / 8)) {
            rebuild(length, now);
        } else if (windowsPerId && appendsSinceSweep >= length / 8) {
            appendsSinceSweep = 0;
            rebuild(length, now);
        }
        while (count == tags.length) {
            dropHead();
        }
    }

    /** Copies the remembered ids, oldest first, into a ring of {@code length} slots. */
    private void rebuild(int length, long now) {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldUntil = until;
        int[] oldTags = tags;
        int oldHead = head;
        int oldCount = count;
        allocate(length);
        for (int i = 0; i < oldCount; i++) {
            int slot = (oldHead + i) % oldTags.length;
            if (oldTags[slot] == DEAD || oldUntil[slot] - now <= 0) {
                continue;
            }
            int to = count++;
            high[to] = oldHigh[slot];
            low[to] = oldLow[slot];
            until[to] = oldUntil[slot];
            tags[to] = oldTags[slot];
            live++;
            indexSlot(to);
        }
    }

    /** Puts {@code slot} in the index, at the first empty place from its fingerprint's home. */
    private void indexSlot(int slot) {
        int place = home(low[slot]);
        while (index[place] != 0) {
            place = (place + 1) & (index.length - 1);
        }
        index[place] = slot + 1;
    }

    /**
     * The place in the index of this fingerprint's slot, or -1 when it is absent or its window
     * ended (then it is forgotten); the oldest slots whose window ended are dropped first.
     */
    private int findLive(long high, long low, long now) {
        forgetEnded(now);
        int place = find(high, low);
        if (place >= 0 && until[index[place] - 1] - now <= 0) {
            drop(place);
            return -1;
        }
        return place;
    }

    /** Forgets the id at {@code place}: out of the index, its slot marked until it is the oldest. */
    private void drop(int place) {
        int slot = index[place] - 1;
        unindex(place);
        tags[slot] = DEAD;
        live--;
    }

    /** The place in the index holding the slot of this fingerprint, or -1. */
    private int find(long high, long low) {
        int mask = index.length - 1;
        for (int place = home(low); ; place = (place + 1) & mask) {
            int entry = index[place];
            if (entry == 0) {
                return -1;
            }
            if (this.low[entry - 1] == low && this.high[entry - 1] == high) {
                return place;
            }
        }
    }

    /** Empties {@code place}, moving back the entries after it that probing would no longer reach. */
    private void unindex(int place) {
        int mask = index.length - 1;
        int hole = place;
        for (int next = (hole + 1) & mask; index[next] != 0; next = (next + 1) & mask) {
            int home = home(low[index[next] - 1]);
            boolean reachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!reachable) {
                index[hole] = index[next];
                hole = next;
            }
        }
        index[hole] = 0;
    }

    private int home(long low) {
        return (int) (low ^ (low >>> 32)) & (index.length - 1);
    }
}
