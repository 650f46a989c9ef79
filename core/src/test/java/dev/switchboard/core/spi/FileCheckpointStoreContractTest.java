package dev.switchboard.core.spi;

import dev.switchboard.core.testing.CheckpointStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file checkpoint store keeps the checkpoint store contract; each test gets a fresh directory. */
class FileCheckpointStoreContractTest extends CheckpointStoreContract {
    @TempDir
    Path directory;

    @Override
    protected CheckpointStore newStore() {
        return CheckpointStore.inDirectory(directory);
    }
}
