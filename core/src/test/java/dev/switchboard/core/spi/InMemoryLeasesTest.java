package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;


import dev.switchboard.core.testing.ManualTicker;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What in-memory leases keep per name: nothing once a lease is released or lapsed. */
class InMemoryLeasesTest {
    private static final Duration TTL = Duration.ofSeconds(10);
    private final ManualTicker clock = new ManualTicker();
    private final InMemoryLeases leases = new InMemoryLeases(clock);

    @Test
    void keepsNothingForAChatLeaseOnceReleased() {
        for (int chat = 0; chat < 10_000; chat++) {
            leases.release(leases.tryAcquire("chat-telegram-" + chat, "r1", TTL).orElseThrow());
        }

        assertThat(leases.names()).isZero();
    }

    @Test
    void sweepsLeasesThatLapsedWithoutARelease() {
        for (int chat = 0; chat < 3 * InMemoryLeases.SWEEP_EVERY; chat++) {
            leases.tryAcquire("chat-vk-" + chat, "r1", TTL).orElseThrow();
            clock.advance(TTL);
        }

        assertThat(leases.names()).isLessThan(InMemoryLeases.SWEEP_EVERY);
    }

    @Test
    void aNameTakenAgainAfterItWasForgottenGetsAHigherToken() {
        Lease first = leases.tryAcquire("chat-telegram-1", "r1", TTL).orElseThrow();
        leases.release(first);
        for (int chat = 0; chat < 10; chat++) {
            leases.release(leases.tryAcquire("chat-telegram-other-" + chat, "r2", TTL).orElseThrow());
        }

        Optional<Lease> again = leases.tryAcquire("chat-telegram-1", "r1", TTL);

        assertThat(again).hasValueSatisfying(lease -> assertThat(lease.token()).isGreaterThan(first.token()));
        leases.release(first);
        assertThat(leases.tryAcquire("chat-telegram-1", "r2", TTL)).isEmpty();
    }
}
