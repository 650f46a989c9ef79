package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.spi.Lease;
import dev.switchboard.core.spi.Leases;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link Leases} does; a subclass names the implementation. Uses real time, briefly. */
public abstract class LeasesContract {
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofMillis(150);

    /** A fresh store with no lease held. */
    protected abstract Leases leases();

    @Test
    void oneHolderAtATime() {
        Leases leases = leases();

        Optional<Lease> a = leases.tryAcquire("telegram-1", "a", TTL);

        assertThat(a).isPresent();
        assertThat(a.get().holder()).isEqualTo("a");
        assertThat(leases.tryAcquire("telegram-1", "b", TTL)).isEmpty();
        assertThat(leases.tryAcquire("vk-group-1", "b", TTL)).isPresent();
    }

    @Test
    void aLapsedLeaseGoesToAnotherHolderWithAHigherTokenAndTheOldOneCannotRenew() throws InterruptedException {
        Leases leases = leases();
        Lease a = leases.tryAcquire("telegram-1", "a", SHORT).orElseThrow();

        Thread.sleep(SHORT.toMillis() * 3);
        Lease b = leases.tryAcquire("telegram-1", "b", TTL).orElseThrow();

        assertThat(b.token()).isGreaterThan(a.token());
        assertThat(leases.renew(a, TTL)).isFalse();
        assertThat(leases.renew(b, TTL)).isTrue();
    }

    @Test
    void renewingKeepsTheLeasePastItsFirstTimeToLive() throws InterruptedException {
        Leases leases = leases();
        Lease a = leases.tryAcquire("telegram-1", "a", Duration.ofMillis(400)).orElseThrow();

        for (int i = 0; i < 4; i++) {
            Thread.sleep(150);
            assertThat(leases.renew(a, Duration.ofMillis(400))).isTrue();
        }

        assertThat(leases.tryAcquire("telegram-1", "b", TTL)).isEmpty();
    }

    @Test
    void releasingLetsAnotherHolderInAtOnceButOnlyTheCurrentTenureCanRelease() throws InterruptedException {
        Leases leases = leases();
        Lease old = leases.tryAcquire("telegram-1", "a", SHORT).orElseThrow();
        Thread.sleep(SHORT.toMillis() * 3);
        Lease current = leases.tryAcquire("telegram-1", "a", TTL).orElseThrow();

        leases.release(old);
        assertThat(leases.tryAcquire("telegram-1", "b", TTL)).as("a stale tenure releases nothing").isEmpty();

        leases.release(current);
        assertThat(leases.tryAcquire("telegram-1", "b", TTL)).isPresent();
    }
}
