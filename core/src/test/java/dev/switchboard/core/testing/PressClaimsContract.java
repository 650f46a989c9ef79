package dev.switchboard.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.spi.PressClaims;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link PressClaims} does; a subclass names the implementation. */
public abstract class PressClaimsContract {
    /** A fresh, empty store; two calls in one test share state when the implementation shares it. */
    protected abstract PressClaims claims();

    @Test
    void theFirstClaimOfAPressWinsAndLaterOnesLose() {
        PressClaims claims = claims();

        assertThat(claims.claim(PlatformId.TELEGRAM, "q1")).isTrue();
        assertThat(claims.claim(PlatformId.TELEGRAM, "q1")).isFalse();
        assertThat(claims.claim(PlatformId.TELEGRAM, "q1")).isFalse();
    }

    @Test
    void pressesAreClaimedPerPlatformAndId() {
        PressClaims claims = claims();

        assertThat(claims.claim(PlatformId.TELEGRAM, "q1")).isTrue();
        assertThat(claims.claim(PlatformId.VK, "q1")).isTrue();
        assertThat(claims.claim(PlatformId.TELEGRAM, "q2")).isTrue();
    }

    @Test
    void onlyTheReplicaHoldingAClaimCanHaveItTakenOver() {
        PressClaims claims = claims();

        assertThat(claims.claim(PlatformId.TELEGRAM, "q1", "r1")).isTrue();
        assertThat(claims.takeOver(PlatformId.TELEGRAM, "q1", "r2", "r3")).as("r2 never held it").isFalse();
        assertThat(claims.takeOver(PlatformId.TELEGRAM, "q2", "r1", "r3")).as("nobody claimed q2").isFalse();
        assertThat(claims.takeOver(PlatformId.TELEGRAM, "q1", "r1", "r3")).isTrue();
        assertThat(claims.takeOver(PlatformId.TELEGRAM, "q1", "r1", "r4")).as("r3 holds it now").isFalse();
        assertThat(claims.claim(PlatformId.TELEGRAM, "q1", "r4")).as("still claimed").isFalse();
    }

    @Test
    void exactlyOneOfManyConcurrentClaimsWins() throws Exception {
        PressClaims claims = claims();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = IntStream.range(0, 32)
                    .<Callable<Boolean>>mapToObj(i -> () -> claims.claim(PlatformId.VK, "ev-race")).toList();
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
