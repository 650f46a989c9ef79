package dev.switchboard.core.validate;

/**
 * The payloads seen in one validation run, each with the ordinal of the first button that carried
 * it: an open-addressing table sized for every button of the keyboard, so it never fills, with
 * no entry objects and no boxing. Not thread-safe; one per run.
 */
final class PayloadOrdinals {
    private final String[] payloads;
    private final int[] ordinals;
    private final int mask;

    /** A table for at most {@code buttons} payloads. */
    PayloadOrdinals(int buttons) {
        int capacity = Integer.highestOneBit(Math.max(buttons, 1) * 2 - 1) << 1;
        payloads = new String[capacity];
        ordinals = new int[capacity];
        mask = capacity - 1;
    }

    /** The ordinal {@code payload} was first seen with, or -1 when it is new (then it is kept with {@code ordinal}). */
    int putIfAbsent(String payload, int ordinal) {
        int hash = payload.hashCode();
        for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
            String seen = payloads[slot];
            if (seen == null) {
                payloads[slot] = payload;
                ordinals[slot] = ordinal;
                return -1;
            }
            if (seen.equals(payload)) {
                return ordinals[slot];
            }
        }
    }
}
