package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A lease held: its name (such as {@code telegram-123456}, the source it guards), the holder that
 * took it, and the fencing token of this tenure, which grows with every new tenure of the name, so
 * a holder that lost its lease without noticing can be told apart from the current one.
 *
 * @param name what the lease guards
 * @param holder who holds it (a replica's id)
 * @param token this tenure's fencing token, positive
 */
public record Lease(String name, String holder, long token) {
    public Lease {
        checkNotNull(name, "name");
        checkNotNull(holder, "holder");
        checkArgument(token > 0, "token must be positive: %s", token);
    }
}
