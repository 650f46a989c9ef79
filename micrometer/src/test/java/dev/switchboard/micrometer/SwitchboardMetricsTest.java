package dev.switchboard.micrometer;

import static dev.switchboard.micrometer.MetricsOnFakes.count;
import static dev.switchboard.micrometer.MetricsOnFakes.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.ApiCallOutcome;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each listener report to its meter, with bounded tags: the reports hard to provoke on the fakes. */
class SwitchboardMetricsTest {
    private static final String TOKEN = "123456:SECRET-token";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SwitchboardMetrics metrics = SwitchboardMetrics.bind(registry);

    @Test
    void countsLostUpdatesFailedSourcesMigrationsDegradedKeyboardsAndRefusedWebhooks() {
        metrics.updatesLost(PlatformId.VK, "history no longer reaches the checkpoint");
        metrics.sourceFailed(PlatformId.TELEGRAM, new IllegalStateException("409 Conflict"));
        metrics.chatMigrated(new ChatMigrated(PlatformId.TELEGRAM, Optional.empty(), -42, -100_42, RawJson.of("{}")));
        metrics.keyboardDegraded(PlatformId.VK, 612512941L);
        metrics.webhookRejected(PlatformId.TELEGRAM, 401, "wrong secret " + TOKEN);
        metrics.payloadRejected(press(), "bad or missing signature");

        assertThat(count(registry, Meters.UPDATES_LOST, "platform", "vk")).isEqualTo(1);
        assertThat(count(registry, Meters.SOURCES_FAILED, "platform", "telegram")).isEqualTo(1);
        assertThat(count(registry, Meters.CHATS_MIGRATED, "platform", "telegram")).isEqualTo(1);
        assertThat(count(registry, Meters.KEYBOARDS_DEGRADED, "platform", "vk")).isEqualTo(1);
        assertThat(count(registry, Meters.WEBHOOK_REJECTED, "platform", "telegram", "status", "401")).isEqualTo(1);
        assertThat(count(registry, Meters.PRESS_PAYLOAD_REJECTED, "platform", "telegram")).isEqualTo(1);
    }

    @Test
    void noTagCarriesAnIdAPayloadOrAReasonText() {
        metrics.keyboardDegraded(PlatformId.VK, 612512941L);
        metrics.webhookRejected(PlatformId.TELEGRAM, 401, "wrong secret " + TOKEN);
        metrics.payloadRejected(press(), "bad signature on vote:yes");
        metrics.retrying(PlatformId.TELEGRAM, "sendMessage", 1, Duration.ofSeconds(1), "HTTP 502 for /bot" + TOKEN);

        assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags()).allSatisfy(tag -> {
            assertThat(tag.getValue()).doesNotContain("612512941", "vote", "SECRET", "secret", " ");
        });
    }

    @Test
    void methodsOutsideTheKnownSetShareOneTagValue() {
        metrics.apiCalled(PlatformId.TELEGRAM, "sendMessage", ApiCallOutcome.SUCCESS, Duration.ofMillis(40));
        metrics.apiCalled(PlatformId.TELEGRAM, "sendPhoto", ApiCallOutcome.API_ERROR, Duration.ofMillis(40));
        metrics.apiCalled(PlatformId.TELEGRAM, "bot" + TOKEN + "/x", ApiCallOutcome.API_ERROR, Duration.ofMillis(40));
        metrics.rateLimited(PlatformId.VK, "photos.upload");

        assertThat(timer(registry, Meters.API_CALLS, "method", "sendMessage", "outcome", "success").count())
                .isEqualTo(1);
        assertThat(timer(registry, Meters.API_CALLS, "method", "other", "outcome", "api_error").count()).isEqualTo(2);
        assertThat(count(registry, Meters.API_RATE_LIMITED, "platform", "vk", "method", "other")).isEqualTo(1);
    }

    @Test
    void methodsOfAnotherAdapterCanBeAddedToTheSet() {
        SwitchboardMetrics withPhotos = SwitchboardMetrics.builder(registry).apiMethods("sendPhoto").build();

        withPhotos.apiCalled(PlatformId.TELEGRAM, "sendPhoto", ApiCallOutcome.RATE_LIMITED, Duration.ofMillis(5));

        assertThat(timer(registry, Meters.API_CALLS, "method", "sendPhoto", "outcome", "rate_limited").count())
                .isEqualTo(1);
        assertThatThrownBy(() -> SwitchboardMetrics.builder(registry).apiMethods("send photo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("send photo");
    }

    @Test
    void aRejectedKeyboardCountsOnceForEachDistinctErrorCodeAndNotForWarnings() {
        metrics.keyboardRejected(PlatformId.VK, new ValidationReport(List.of(
                Violation.of(PlatformId.VK, "rows[0][0]", ViolationCode.LABEL_TOO_LONG, 40, 41, "too long"),
                Violation.of(PlatformId.VK, "rows[0][1]", ViolationCode.LABEL_TOO_LONG, 40, 45, "too long"),
                Violation.of(PlatformId.VK, "rows[1]", ViolationCode.ROW_TOO_WIDE, 5, 6, "too wide"),
                Violation.of(PlatformId.VK, "rows[1][0]", ViolationCode.DUPLICATE_PAYLOAD, "twice"))));

        assertThat(count(registry, Meters.KEYBOARDS_REJECTED, "platform", "vk", "code", "label_too_long")).isEqualTo(1);
        assertThat(count(registry, Meters.KEYBOARDS_REJECTED, "platform", "vk", "code", "row_too_wide")).isEqualTo(1);
        assertThat(count(registry, Meters.KEYBOARDS_REJECTED, "code", "duplicate_payload")).isZero();
    }

    @Test
    void histogramsAreOffUnlessAskedFor() {
        Map<String, Boolean> histograms = new HashMap<>();
        SimpleMeterRegistry plainRegistry = watching(new SimpleMeterRegistry(), "plain", histograms);
        SimpleMeterRegistry bucketedRegistry = watching(new SimpleMeterRegistry(), "bucketed", histograms);
        SwitchboardMetrics plain = SwitchboardMetrics.bind(plainRegistry);
        SwitchboardMetrics bucketed = SwitchboardMetrics.builder(bucketedRegistry).histograms(true)
                .tags(Tags.of("bot", "shop")).build();

        plain.apiCalled(PlatformId.VK, "messages.send", ApiCallOutcome.SUCCESS, Duration.ofMillis(80));
        bucketed.apiCalled(PlatformId.VK, "messages.send", ApiCallOutcome.SUCCESS, Duration.ofMillis(80));

        assertThat(histograms).containsEntry("plain " + Meters.API_CALLS, false)
                .containsEntry("bucketed " + Meters.API_CALLS, true);
        assertThat(timer(bucketedRegistry, Meters.API_CALLS, "bot", "shop").count()).isEqualTo(1);
    }

    /** {@code registry}, noting in {@code seen} whether each meter asked for a percentile histogram. */
    private static SimpleMeterRegistry watching(SimpleMeterRegistry registry, String name, Map<String, Boolean> seen) {
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                seen.put(name + " " + id.getName(), Boolean.TRUE.equals(config.isPercentileHistogram()));
                return config;
            }
        });
        return registry;
    }

    @Test
    void theSaturationGaugeIsRegisteredAtOnceAndFollowsTheEpisode() {
        assertThat(registry.get(Meters.HANDLERS_SATURATED_ACTIVE).gauge().value()).isZero();

        metrics.handlersSaturated(1_008);
        double during = registry.get(Meters.HANDLERS_SATURATED_ACTIVE).gauge().value();
        metrics.handlersAvailable(Duration.ofSeconds(3), 12);

        assertThat(during).isEqualTo(1);
        assertThat(registry.get(Meters.HANDLERS_SATURATED_ACTIVE).gauge().value()).isZero();
        assertThat(registry.get(Meters.HANDLERS_SATURATED_DURATION).timer().totalTime(TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(registry.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .contains(Meters.HANDLERS_SATURATED, Meters.HANDLERS_SATURATED_DURATION);
    }

    @Test
    void refusesANullRegistry() {
        assertThatThrownBy(() -> SwitchboardMetrics.bind(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("registry");
    }

    private static ButtonPress press() {
        return new ButtonPress(PlatformId.TELEGRAM, Optional.of("5"), "q1", 612512941L, OptionalLong.of(70),
                OptionalLong.of(700), Optional.empty(), Optional.of("vote:yes"), true, PressSource.CALLBACK,
                RawJson.of("{}"));
    }
}
