package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Checkpoints in a map: one entry per source, so bounded by the number of sources. */
final class InMemoryCheckpointStore implements CheckpointStore {
    private final ConcurrentMap<String, String> positions = new ConcurrentHashMap<>();

    @Override
    public Optional<String> load(String source) {
        return Optional.ofNullable(positions.get(CheckpointStore.checkSource(source)));
    }

    @Override
    public void save(String source, String position) {
        positions.put(CheckpointStore.checkSource(source), checkNotNull(position, "position"));
    }

    @Override
    public String toString() {
        return "CheckpointStore.inMemory" + positions.keySet();
    }
}
