package dev.switchboard.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.testing.RecordingListener;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Room for updates: bounded, reported once per episode, and an overdraft that is paid back first. */
class HandlerPermitsTest {
    private final RecordingListener listener = new RecordingListener();
    private final AtomicLong nanos = new AtomicLong();
    private final HandlerPermits permits = new HandlerPermits(2, ListenerGroup.of(listener), new Ticker() {
        @Override
        public long read() {
            return nanos.get();
        }
    });

    @Test
    void reportsSaturationOncePerEpisodeWithItsLengthAndRefusals() {
        assertThat(permits.tryAcquire()).isTrue();
        assertThat(permits.tryAcquire()).isTrue();
        assertThat(permits.tryAcquire()).isFalse();
        assertThat(permits.tryAcquire()).isFalse();
        nanos.addAndGet(1_000_000);
        permits.release();
        assertThat(permits.tryAcquire()).isTrue();

        assertThat(listener.events).containsExactly("handlersSaturated 2", "handlersAvailable refused 2");
    }

    @Test
    void roomTakenBeyondTheCapacityIsPaidBackBeforeRoomIsFreed() {
        permits.acquireNow();
        permits.acquireNow();
        permits.acquireNow();

        permits.release();
        assertThat(permits.tryAcquire()).as("the overdraft is paid back first").isFalse();
        permits.release();
        permits.release();
        assertThat(permits.tryAcquire()).isTrue();
        assertThat(permits.tryAcquire()).isTrue();
        assertThat(permits.tryAcquire()).isFalse();
    }

    @Test
    void aWaitingAcquireGivesUpWhenItsConditionTurnsFalse() throws InterruptedException {
        permits.acquireNow();
        permits.acquireNow();

        assertThat(permits.acquire(() -> false)).isFalse();
        permits.release();
        assertThat(permits.acquire(() -> true)).isTrue();
    }
}
