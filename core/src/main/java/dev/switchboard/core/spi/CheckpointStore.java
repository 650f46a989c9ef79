package dev.switchboard.core.spi;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where each update source keeps its position, so a restarted bot resumes where the last one
 * stopped: the Telegram {@code getUpdates} offset, the VK Bots Long Poll {@code ts} with the server
 * it belongs to. A source loads its checkpoint once when it starts and saves it after each batch it
 * handed over; the value is the source's own opaque text. Implementations are thread-safe.
 *
 * <pre>{@code
 * CheckpointStore checkpoints = CheckpointStore.inDirectory(Path.of("state"));  // survives restarts
 * }</pre>
 */
public interface CheckpointStore {
    /**
     * The last position saved for {@code source} (a key such as {@code telegram-123456}), if any.
     *
     * @throws StateStoreException if the store cannot be read
     */
    Optional<String> load(String source);

    /**
     * Saves {@code position} as the checkpoint of {@code source}, replacing the last one.
     *
     * @throws StateStoreException if the store cannot be written
     */
    void save(String source, String position);

    /**
     * Saves {@code position} as {@link #save} does, but only while {@code fence} is the current
     * tenure of its lease: a poller that lost its lease without noticing (a long pause, a network
     * split) cannot overwrite the position of the replica that took over. The default saves
     * without checking, which is right for stores that live in one process; a store shared by
     * replicas that also keeps the leases checks the fencing token and the save atomically.
     *
     * @return false when the save was refused because {@code fence} is no longer current
     * @throws StateStoreException if the store cannot be written
     */
    default boolean save(String source, String position, Lease fence) {
        save(source, position);
        return true;
    }

    /** A store in this process's memory: a bot made again in the same process resumes; a new process does not. */
    static CheckpointStore inMemory() {
        return new InMemoryCheckpointStore();
    }

    /**
     * A store of one small file per source in {@code directory} (created if missing), each replaced
     * atomically on save, so a crash leaves the old or the new checkpoint, never a torn one.
     */
    static CheckpointStore inDirectory(Path directory) {
        return new FileCheckpointStore(directory);
    }

    /** Checks a source key: 1–100 of {@code A-Z a-z 0-9 . _ -}, so it is safe as a file name and a Redis key. */
    static String checkSource(String source) {
        if (source == null || !source.matches("[A-Za-z0-9._-]{1,100}") || source.startsWith(".")) {
            throw new IllegalArgumentException("a checkpoint source must be 1 to 100 of A-Z a-z 0-9 . _ -,"
                    + " not starting with a dot: " + source);
        }
        return source;
    }
}
