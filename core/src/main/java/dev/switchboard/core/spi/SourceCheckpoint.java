package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One update source's checkpoint in a {@link CheckpointStore}, as the source uses it: loaded once
 * at start, saved after each batch only when the position changed. A store that fails never stops
 * the source: a failed load starts without a checkpoint, a failed save is retried with the next
 * batch; both are logged, a run of failed saves once. Not thread-safe: one source thread uses it.
 */
public final class SourceCheckpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SourceCheckpoint.class);

    private final CheckpointStore store;
    private final String source;
    private String saved;
    private boolean failing;

    private SourceCheckpoint(CheckpointStore store, String source) {
        this.store = checkNotNull(store, "store");
        this.source = CheckpointStore.checkSource(source);
    }

    /** The checkpoint of {@code source} in {@code store}. */
    public static SourceCheckpoint of(CheckpointStore store, String source) {
        return new SourceCheckpoint(store, source);
    }

    /** The saved position, or empty when there is none or the store cannot be read (logged). */
    public Optional<String> load() {
        try {
            Optional<String> position = store.load(source);
            position.ifPresent(p -> saved = p);
            return position;
        } catch (RuntimeException e) {
            LOG.warn("could not load the checkpoint of {} from {}; starting without it: {}", source, store,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves {@code position} unless it is the one saved last; a failure is logged, not thrown. */
    public void save(String position) {
        checkNotNull(position, "position");
        if (position.equals(saved)) {
            return;
        }
        try {
            store.save(source, position);
            saved = position;
            if (failing) {
                failing = false;
                LOG.info("the checkpoint of {} is saved again", source);
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("could not save the checkpoint of {} in {}; a restart may deliver some updates again"
                        + " (they are de-duplicated): {}", source, store, e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "SourceCheckpoint[" + source + " in " + store + "]";
    }
}
