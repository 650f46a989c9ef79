package dev.switchboard.core.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Checkpoints as files {@code <source>.checkpoint} in one directory. A save writes a temporary file
 * beside the checkpoint and moves it over the old one atomically (where the file system cannot, it
 * replaces it), so a reader sees the old or the new position, never half of one.
 */
final class FileCheckpointStore implements CheckpointStore {
    private static final String SUFFIX = ".checkpoint";

    private final Path directory;

    FileCheckpointStore(Path directory) {
        this.directory = checkNotNull(directory, "directory").toAbsolutePath();
    }

    @Override
    public Optional<String> load(String source) {
        Path file = fileOf(source);
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateStoreException(toString(), "read " + file.getFileName(), e);
        }
    }

    @Override
    public void save(String source, String position) {
        checkNotNull(position, "position");
        Path file = fileOf(source);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temporary, position + "\n", StandardCharsets.UTF_8);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new StateStoreException(toString(), "save " + file.getFileName(), e);
        }
    }

    @Override
    public String toString() {
        return "CheckpointStore.inDirectory(" + directory + ")";
    }

    private Path fileOf(String source) {
        return directory.resolve(CheckpointStore.checkSource(source) + SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
