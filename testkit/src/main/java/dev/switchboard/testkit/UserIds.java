package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.Set;

/** Hands out distinct positive user ids on one fake, skipping ids tests chose themselves. Thread-safe. */
final class UserIds {
    private static final long FIRST = 100_001;

    private final Set<Long> used = new HashSet<>();
    private long next = FIRST;

    synchronized long assign() {
        while (used.contains(next)) {
            next++;
        }
        used.add(next);
        return next++;
    }

    synchronized long claim(long id) {
        checkArgument(id > 0, "a user id must be positive: %s", id);
        used.add(id);
        return id;
    }
}
