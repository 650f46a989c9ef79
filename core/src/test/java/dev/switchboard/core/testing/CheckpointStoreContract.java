package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.spi.CheckpointStore;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CheckpointStore} must do: a subclass names the store ({@link #newStore()})
 * and inherits the tests. Each test gets a store of its own.
 */
public abstract class CheckpointStoreContract {
    /** A new store that holds no checkpoint yet. */
    protected abstract CheckpointStore newStore();

    @Test
    void loadsNothingBeforeTheFirstSave() {
        assertThat(newStore().load("telegram-1")).isEmpty();
    }

    @Test
    void loadsThePositionSaved() {
        CheckpointStore store = newStore();

        store.save("vk-group-2", "5 https://lp.vk.com/wh2");

        assertThat(store.load("vk-group-2")).contains("5 https://lp.vk.com/wh2");
    }

    @Test
    void aSaveReplacesTheLastPosition() {
        CheckpointStore store = newStore();

        store.save("telegram-1", "10");
        store.save("telegram-1", "12");

        assertThat(store.load("telegram-1")).contains("12");
    }

    @Test
    void eachSourceKeepsItsOwnPosition() {
        CheckpointStore store = newStore();

        store.save("telegram-1", "10");
        store.save("telegram-2", "20");

        assertThat(store.load("telegram-1")).contains("10");
        assertThat(store.load("telegram-2")).contains("20");
        assertThat(store.load("telegram-3")).isEmpty();
    }

    @Test
    void rejectsSourceKeysThatAreNotSafeAsFileNamesOrKeys() {
        CheckpointStore store = newStore();

        for (String bad : new String[] {"", "../etc", "a/b", ".hidden", "x".repeat(101), "tg 1", "a:b", "a*"}) {
            assertThatThrownBy(() -> store.save(bad, "1")).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a checkpoint source must be 1 to 100 of");
        }
    }
}
