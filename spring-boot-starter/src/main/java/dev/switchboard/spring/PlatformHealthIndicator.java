package dev.switchboard.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * One platform's update source in Actuator's health: UP while it polls (or stands by for the
 * poller lease, or serves its webhook), DOWN once it failed, OUT_OF_SERVICE before the bot started
 * and after it stopped; details give the mode, the state, the last update handed to the bot and the
 * last failed request being retried.
 */
final class PlatformHealthIndicator implements HealthIndicator {
    private final SourceHealth source;

    PlatformHealthIndicator(SourceHealth source) {
        this.source = source;
    }

    @Override
    public Health health() {
        SourceHealth.State state = source.state();
        Health.Builder health = switch (state) {
            case RUNNING, STANDING_BY -> Health.up();
            case FAILED -> Health.down();
            case NOT_STARTED, STOPPED -> Health.status(Status.OUT_OF_SERVICE);
        };
        health.withDetail("mode", source.mode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .withDetail("state", state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        source.lastDelivery().ifPresent(at -> health.withDetail("lastDelivery", at.toString()));
        source.lastRetry().ifPresent(retry -> health.withDetail("lastRetry", retry.at() + " " + retry.method()
                + " attempt " + retry.attempt() + ": " + retry.reason()));
        source.failure().ifPresent(reason -> health.withDetail("failure", reason));
        return health.build();
    }
}
