package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffDoublesUpToTheCapWithoutJitter() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(700), 0, Duration.ZERO);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(700));
        assertThat(policy.backoff(200)).isEqualTo(Duration.ofMillis(700));
    }

    @RepeatedTest(20)
    void jitterSpreadsEachWaitWithinItsBounds() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1000), Duration.ofSeconds(10), 0.2, Duration.ZERO);

        assertThat(policy.backoff(2).toMillis()).isBetween(1600L, 2400L);
    }

    @Test
    void defaultsRetryAndNoneDoesNot() {
        assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(4);
        assertThat(RetryPolicy.defaults().maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.defaults().withMaxAttempts(7).maxAttempts()).isEqualTo(7);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofMillis(-1), Duration.ZERO, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.defaults().backoff(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resendsAnAnswerAtLeastTenTimesUnlessThePolicyNeverRetries() {
        assertThat(RetryPolicy.defaults().resendAttempts()).isEqualTo(10);
        assertThat(RetryPolicy.defaults().withMaxAttempts(12).resendAttempts()).isEqualTo(12);
        assertThat(RetryPolicy.none().resendAttempts()).isEqualTo(1);
    }

    @Test
    void capsTheWaitBeforeAResendAtOneSecond() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(400), Duration.ofSeconds(30), 0, Duration.ZERO);

        assertThat(policy.resendBackoff(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.resendBackoff(2)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.resendBackoff(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.resendBackoff(9)).isEqualTo(Duration.ofSeconds(1));
    }
}
