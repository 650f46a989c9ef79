package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both checkpoint stores keep the last position per source; the file store survives a new instance. */
class CheckpointStoreTest {
    @TempDir
    Path directory;

    @Test
    void theInMemoryStoreKeepsTheLastPositionPerSource() {
        CheckpointStore store = CheckpointStore.inMemory();
        store.save("telegram-1", "10");
        store.save("telegram-1", "12");
        store.save("vk-group-2", "5 https://lp.vk.com/wh2");

        assertThat(store.load("telegram-1")).contains("12");
        assertThat(store.load("vk-group-2")).contains("5 https://lp.vk.com/wh2");
        assertThat(store.load("telegram-3")).isEmpty();
    }

    @Test
    void theFileStoreKeepsOneSmallFilePerSourceAndSurvivesANewInstance() throws IOException {
        CheckpointStore.inDirectory(directory).save("telegram-1", "41");
        CheckpointStore.inDirectory(directory).save("telegram-1", "42");

        assertThat(CheckpointStore.inDirectory(directory).load("telegram-1")).contains("42");
        assertThat(Files.readString(directory.resolve("telegram-1.checkpoint"), StandardCharsets.UTF_8))
                .isEqualTo("42\n");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("telegram-1.checkpoint");
        }
    }

    @Test
    void theFileStoreCreatesItsDirectoryAndReadsNothingBeforeTheFirstSave() {
        CheckpointStore store = CheckpointStore.inDirectory(directory.resolve("a/b"));

        assertThat(store.load("vk-group-1")).isEmpty();
        store.save("vk-group-1", "7 https://lp.vk.com/x");
        assertThat(store.load("vk-group-1")).contains("7 https://lp.vk.com/x");
    }

    @Test
    void aFileStoreThatCannotWriteThrowsAnErrorNamingTheStoreAndSource() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("file"), "x");
        CheckpointStore store = CheckpointStore.inDirectory(notADirectory);

        assertThatThrownBy(() -> store.save("telegram-1", "1")).isInstanceOf(StateStoreException.class)
                .hasMessageContaining("CheckpointStore.inDirectory(" + notADirectory + ")")
                .hasMessageContaining("save telegram-1.checkpoint");
    }

    @Test
    void sourceKeysMustBeSafeAsFileNames() {
        CheckpointStore store = CheckpointStore.inMemory();

        for (String bad : new String[] {"", "../etc", "a/b", ".hidden", "x".repeat(101), "tg 1"}) {
            assertThatThrownBy(() -> store.save(bad, "1")).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a checkpoint source must be 1 to 100 of");
        }
    }

    @Test
    void aSourceCheckpointSavesOnlyChangesAndSurvivesAFailingStore() {
        CountingStore counting = new CountingStore();
        SourceCheckpoint checkpoint = SourceCheckpoint.of(counting, "telegram-1");

        assertThat(checkpoint.load()).isEmpty();
        checkpoint.save("1");
        checkpoint.save("1");
        checkpoint.save("2");
        counting.failing = true;
        checkpoint.save("3");
        counting.failing = false;
        checkpoint.save("3");

        assertThat(counting.saves).isEqualTo(3);
        assertThat(counting.load("telegram-1")).contains("3");
    }

    /** A store that counts its saves and fails on demand. */
    private static final class CountingStore implements CheckpointStore {
        private final CheckpointStore inner = CheckpointStore.inMemory();
        int saves;
        boolean failing;

        @Override
        public java.util.Optional<String> load(String source) {
            return inner.load(source);
        }

        @Override
        public void save(String source, String position) {
            if (failing) {
                throw new StateStoreException("counting", "save " + source, new IOException("disk full"));
            }
            saves++;
            inner.save(source, position);
        }
    }
}
