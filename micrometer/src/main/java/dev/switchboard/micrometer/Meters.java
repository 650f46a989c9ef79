package dev.switchboard.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every meter {@link SwitchboardMetrics} feeds, by name, with its description and the common tags;
 * per-event tags are added on use. Counters count events and have no base unit (so Prometheus
 * shows {@code switchboard_updates_received_total}); timers are in the registry's base time unit.
 * docs/metrics.md lists the same names.
 */
final class Meters {
    static final String UPDATES_RECEIVED = "switchboard.updates.received";
    static final String UPDATES_SKIPPED = "switchboard.updates.skipped";
    static final String UPDATES_DUPLICATES = "switchboard.updates.duplicates";
    static final String UPDATES_REJECTED = "switchboard.updates.rejected";
    static final String UPDATES_FAILED = "switchboard.updates.failed";
    static final String UPDATES_LOST = "switchboard.updates.lost";
    static final String WEBHOOK_REJECTED = "switchboard.webhook.rejected";
    static final String HANDLER_DURATION = "switchboard.handler.duration";
    static final String HANDLER_FAILURES = "switchboard.handler.failures";
    static final String HANDLERS_SATURATED = "switchboard.handlers.saturated";
    static final String HANDLERS_SATURATED_DURATION = "switchboard.handlers.saturated.duration";
    static final String HANDLERS_SATURATED_ACTIVE = "switchboard.handlers.saturated.active";
    static final String PRESS_ANSWER_LATENCY = "switchboard.press.answer.latency";
    static final String PRESS_AUTO_ANSWERS = "switchboard.press.auto.answers";
    static final String PRESS_LATE_ANSWERS = "switchboard.press.late.answers";
    static final String PRESS_PAYLOAD_REJECTED = "switchboard.press.payload.rejected";
    static final String API_CALLS = "switchboard.api.calls";
    static final String API_RETRIES = "switchboard.api.retries";
    static final String API_RATE_LIMITED = "switchboard.api.rate.limited";
    static final String API_RATE_LIMITER_WAIT = "switchboard.api.rate.limiter.wait";
    static final String KEYBOARDS_REJECTED = "switchboard.keyboards.rejected";
    static final String KEYBOARDS_DEGRADED = "switchboard.keyboards.degraded";
    static final String CHATS_MIGRATED = "switchboard.chats.migrated";
    static final String SOURCES_FAILED = "switchboard.sources.failed";

    final Meter.MeterProvider<Counter> updatesReceived;
    final Meter.MeterProvider<Counter> updatesSkipped;
    final Meter.MeterProvider<Counter> updatesDuplicates;
    final Meter.MeterProvider<Counter> updatesRejected;
    final Meter.MeterProvider<Counter> updatesFailed;
    final Meter.MeterProvider<Counter> updatesLost;
    final Meter.MeterProvider<Counter> webhookRejected;
    final Meter.MeterProvider<Timer> handlerDuration;
    final Meter.MeterProvider<Counter> handlerFailures;
    final Counter handlersSaturated;
    final Timer handlersSaturatedDuration;
    final AtomicInteger saturatedNow = new AtomicInteger();
    final Meter.MeterProvider<Timer> pressAnswerLatency;
    final Meter.MeterProvider<Counter> pressAutoAnswers;
    final Meter.MeterProvider<Counter> pressLateAnswers;
    final Meter.MeterProvider<Counter> pressPayloadRejected;
    final Meter.MeterProvider<Timer> apiCalls;
    final Meter.MeterProvider<Counter> apiRetries;
    final Meter.MeterProvider<Counter> apiRateLimited;
    final Meter.MeterProvider<Timer> apiRateLimiterWait;
    final Meter.MeterProvider<Counter> keyboardsRejected;
    final Meter.MeterProvider<Counter> keyboardsDegraded;
    final Meter.MeterProvider<Counter> chatsMigrated;
    final Meter.MeterProvider<Counter> sourcesFailed;

    /** Registers the meters that have no per-event tags now, and prepares the others, all with {@code common} tags. */
    Meters(MeterRegistry registry, Tags common, boolean histograms) {
        updatesReceived = counter(UPDATES_RECEIVED, "Updates handed to the bot by a source, before de-duplication",
                common, registry);
        updatesSkipped = counter(UPDATES_SKIPPED, "Updates that could not be read and were skipped", common,
                registry);
        updatesDuplicates = counter(UPDATES_DUPLICATES, "Updates delivered again after they were taken; not handled",
                common, registry);
        updatesRejected = counter(UPDATES_REJECTED, "Webhook updates refused while the handlers were saturated",
                common, registry);
        updatesFailed = counter(UPDATES_FAILED, "Updates whose hand-over to the bot threw", common, registry);
        updatesLost = counter(UPDATES_LOST, "Times the platform said updates were lost (VK history gap)",
                common, registry);
        webhookRejected = counter(WEBHOOK_REJECTED, "Webhook requests refused, by HTTP status", common,
                registry);
        handlerDuration = timer(HANDLER_DURATION, "How long handlers ran", common, histograms, registry);
        handlerFailures = counter(HANDLER_FAILURES, "Handlers (or route predicates and codecs) that threw",
                common, registry);
        handlersSaturated = Counter.builder(HANDLERS_SATURATED)
                .description("Episodes in which every handler thread was busy and the queue full")
                .tags(common).register(registry);
        handlersSaturatedDuration = Timer.builder(HANDLERS_SATURATED_DURATION)
                .description("How long saturation episodes lasted").tags(common).register(registry);
        Gauge.builder(HANDLERS_SATURATED_ACTIVE, saturatedNow, AtomicInteger::get)
                .description("1 while the handlers are saturated, else 0").tags(common).strongReference(true)
                .register(registry);
        pressAnswerLatency = timer(PRESS_ANSWER_LATENCY,
                "From when the runtime took a callback press until its answer was sent", common, histograms, registry);
        pressAutoAnswers = counter(PRESS_AUTO_ANSWERS, "Callback presses the runtime answered itself, by reason",
                common, registry);
        pressLateAnswers = counter(PRESS_LATE_ANSWERS, "Answers from handlers after the press was answered; not sent",
                common, registry);
        pressPayloadRejected = counter(PRESS_PAYLOAD_REJECTED, "Presses whose payload failed verification",
                common, registry);
        apiCalls = timer(API_CALLS, "Platform API calls, retries and rate-limit waits included, by outcome", common,
                histograms, registry);
        apiRetries = counter(API_RETRIES, "Attempts of API calls that failed and were retried", common,
                registry);
        apiRateLimited = counter(API_RATE_LIMITED, "Attempts the platform refused as too many requests",
                common, registry);
        apiRateLimiterWait = timer(API_RATE_LIMITER_WAIT, "Waits of API calls for the bot's own rate limits", common,
                histograms, registry);
        keyboardsRejected = counter(KEYBOARDS_REJECTED, "Keyboards not sent because the platform would reject them,"
                + " by violation code", common, registry);
        keyboardsDegraded = counter(KEYBOARDS_DEGRADED, "Users whose app got text buttons instead of inline ones",
                common, registry);
        chatsMigrated = counter(CHATS_MIGRATED, "Telegram groups found migrated to supergroups", common,
                registry);
        sourcesFailed = counter(SOURCES_FAILED, "Update sources that stopped by throwing", common,
                registry);
    }

    private static Meter.MeterProvider<Counter> counter(String name, String description, Tags common,
                                                       MeterRegistry registry) {
        return Counter.builder(name).description(description).tags(common).withRegistry(registry);
    }

    private static Meter.MeterProvider<Timer> timer(String name, String description, Tags common, boolean histograms,
                                                   MeterRegistry registry) {
        return Timer.builder(name).description(description).tags(common).publishPercentileHistogram(histograms)
                .withRegistry(registry);
    }
}
