package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.SwitchboardException;

/**
 * A state store (checkpoints, seen updates) could not read or write its state. Carries the store's
 * description and what it was doing; the cause is the underlying I/O or client error.
 */
public final class StateStoreException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** See {@link #store()}. */
    private final String store;
    /** See {@link #operation()}. */
    private final String operation;

    /** {@code store} failed while doing {@code operation} (e.g. "save telegram-123"). */
    public StateStoreException(String store, String operation, Throwable cause) {
        super(checkNotNull(store, "store") + " could not " + checkNotNull(operation, "operation")
                + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.store = store;
        this.operation = operation;
    }

    /** The store that failed, as its {@code toString()} describes it. */
    public String store() {
        return store;
    }

    /** What the store was doing. */
    public String operation() {
        return operation;
    }
}
