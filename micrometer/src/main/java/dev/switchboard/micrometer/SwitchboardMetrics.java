package dev.switchboard.micrometer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.ApiCallOutcome;
import dev.switchboard.core.bot.AutoAnswerReason;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Micrometer meters for a bot, fed by the reports of its {@link SwitchboardListener}: updates
 * received, skipped, de-duplicated and rejected; handler durations and failures; press-to-answer
 * latency, automatic and late answers; API calls by method and outcome, retries, 429s and waits
 * for the rate limits; rejected and degraded keyboards; migrations and failed sources. Give the
 * same instance to the bot's builder (the runtime's reports) and to each platform's builder (the
 * adapters' reports):
 *
 * <pre>{@code
 * SwitchboardMetrics metrics = SwitchboardMetrics.bind(registry);
 * TelegramPlatform telegram = TelegramPlatform.builder(token).listener(metrics).build();
 * Bot bot = Bot.builder().platform(telegram).listener(metrics)...build();
 * }</pre>
 *
 * <p>Tags are bounded: platform, update kind, reasons, outcomes and violation codes are enum
 * values in lower case; API methods come from a fixed set (others count as {@code other}); no
 * user, chat, payload or token ever becomes a tag. The meters are listed in {@code docs/metrics.md}.
 * Thread-safe; each report costs a meter lookup and an increment.
 */
public final class SwitchboardMetrics implements SwitchboardListener {
    private static final String PLATFORM = "platform";
    private static final String KIND = "kind";
    private static final String METHOD = "method";

    private final Meters meters;
    private final TagValues values;

    private SwitchboardMetrics(Builder builder) {
        this.meters = new Meters(builder.registry, builder.tags, builder.histograms);
        this.values = new TagValues(builder.methods);
    }

    /** Meters in {@code registry} with no common tags and no histograms. */
    public static SwitchboardMetrics bind(MeterRegistry registry) {
        return builder(registry).build();
    }

    /** Starts configuring meters in {@code registry}. */
    public static Builder builder(MeterRegistry registry) {
        return new Builder(registry);
    }

    @Override
    public void updateReceived(Update update) {
        meters.updatesReceived.withTags(PLATFORM, update.platform().value(), KIND, TagValues.of(update.kind()))
                .increment();
    }

    @Override
    public void updateSkipped(PlatformId platform, SkippedUpdate skipped) {
        meters.updatesSkipped.withTags(PLATFORM, platform.value()).increment();
    }

    @Override
    public void updateDuplicate(Update update) {
        meters.updatesDuplicates.withTags(PLATFORM, update.platform().value(), KIND, TagValues.of(update.kind()))
                .increment();
    }

    @Override
    public void handlerRejected(Update update) {
        meters.updatesRejected.withTags(PLATFORM, update.platform().value(), KIND, TagValues.of(update.kind()))
                .increment();
    }

    @Override
    public void updateFailed(Update update, RuntimeException error) {
        meters.updatesFailed.withTags(PLATFORM, update.platform().value(), KIND, TagValues.of(update.kind()))
                .increment();
    }

    @Override
    public void updatesLost(PlatformId platform, String reason) {
        meters.updatesLost.withTags(PLATFORM, platform.value()).increment();
    }

    @Override
    public void webhookRejected(PlatformId platform, int status, String reason) {
        meters.webhookRejected.withTags(PLATFORM, platform.value(), "status", Integer.toString(status)).increment();
    }

    @Override
    public void handlerFinished(Update update, Duration took, boolean failed) {
        meters.handlerDuration.withTags(PLATFORM, update.platform().value(), KIND, TagValues.of(update.kind()),
                "outcome", failed ? "failure" : "success").record(took);
    }

    @Override
    public void handlerFailed(Update update, Exception error) {
        meters.handlerFailures.withTags(PLATFORM, update.platform().value(), KIND, TagValues.of(update.kind()),
                "exception", TagValues.exception(error)).increment();
    }

    @Override
    public void handlersSaturated(int capacity) {
        meters.handlersSaturated.increment();
        meters.saturatedNow.set(1);
    }

    @Override
    public void handlersAvailable(Duration saturatedFor, long refused) {
        meters.saturatedNow.set(0);
        meters.handlersSaturatedDuration.record(saturatedFor);
    }

    @Override
    public void pressAnswered(ButtonPress press, PressAnswer answer, Duration latency) {
        meters.pressAnswerLatency.withTags(PLATFORM, press.platform().value(), "answer", TagValues.of(answer.kind()))
                .record(latency);
    }

    @Override
    public void pressAutoAnswered(ButtonPress press, AutoAnswerReason reason) {
        meters.pressAutoAnswers.withTags(PLATFORM, press.platform().value(), "reason", TagValues.of(reason))
                .increment();
    }

    @Override
    public void lateAnswer(ButtonPress press, PressAnswer ignored) {
        meters.pressLateAnswers.withTags(PLATFORM, press.platform().value()).increment();
    }

    @Override
    public void payloadRejected(ButtonPress press, String reason) {
        meters.pressPayloadRejected.withTags(PLATFORM, press.platform().value()).increment();
    }

    @Override
    public void apiCalled(PlatformId platform, String method, ApiCallOutcome outcome, Duration took) {
        meters.apiCalls.withTags(PLATFORM, platform.value(), METHOD, values.method(method), "outcome",
                TagValues.of(outcome)).record(took);
    }

    @Override
    public void retrying(PlatformId platform, String method, int attempt, Duration delay, String reason) {
        meters.apiRetries.withTags(PLATFORM, platform.value(), METHOD, values.method(method)).increment();
    }

    @Override
    public void rateLimited(PlatformId platform, String method) {
        meters.apiRateLimited.withTags(PLATFORM, platform.value(), METHOD, values.method(method)).increment();
    }

    @Override
    public void rateLimitWaited(PlatformId platform, String method, Duration waited) {
        meters.apiRateLimiterWait.withTags(PLATFORM, platform.value(), METHOD, values.method(method)).record(waited);
    }

    @Override
    public void keyboardRejected(PlatformId platform, ValidationReport report) {
        Set<ViolationCode> codes = new HashSet<>();
        for (Violation violation : report.errors()) {
            if (codes.add(violation.code())) {
                meters.keyboardsRejected.withTags(PLATFORM, platform.value(), "code", TagValues.of(violation.code()))
                        .increment();
            }
        }
    }

    @Override
    public void keyboardDegraded(PlatformId platform, long userId) {
        meters.keyboardsDegraded.withTags(PLATFORM, platform.value()).increment();
    }

    @Override
    public void chatMigrated(ChatMigrated migrated) {
        meters.chatsMigrated.withTags(PLATFORM, migrated.platform().value()).increment();
    }

    @Override
    public void sourceFailed(PlatformId platform, RuntimeException error) {
        meters.sourcesFailed.withTags(PLATFORM, platform.value()).increment();
    }

    @Override
    public String toString() {
        return "SwitchboardMetrics";
    }

    /**
     * Configures {@link SwitchboardMetrics}. Defaults: no common tags, no percentile histograms on
     * the timers, API methods from the adapters' fixed set. Not thread-safe.
     */
    public static final class Builder {
        private final MeterRegistry registry;
        private Tags tags = Tags.empty();
        private boolean histograms;
        private final Set<String> methods = new HashSet<>();

        private Builder(MeterRegistry registry) {
            this.registry = checkNotNull(registry, "registry");
        }

        /** Adds {@code key=value} to every meter (such as {@code bot=shop}); keep the values few. */
        public Builder tag(String key, String value) {
            checkNotNull(key, "key");
            checkNotNull(value, "value");
            this.tags = tags.and(key, value);
            return this;
        }

        /** Adds {@code tags} to every meter. */
        public Builder tags(Iterable<Tag> tags) {
            this.tags = this.tags.and(checkNotNull(tags, "tags"));
            return this;
        }

        /**
         * Whether the timers publish percentile histograms (buckets), for {@code histogram_quantile}
         * in Prometheus; off by default, since each timer then keeps some 70 buckets per tag set.
         */
        public Builder histograms(boolean on) {
            this.histograms = on;
            return this;
        }

        /**
         * Lets API methods of another adapter be tags of their own; methods outside the adapters' fixed
         * set and these are tagged {@code other}.
         */
        public Builder apiMethods(String... names) {
            for (String name : checkNotNull(names, "names")) {
                checkArgument(name != null && name.matches("[A-Za-z][A-Za-z0-9_.]{0,63}"),
                        "an API method name is letters, digits, '_' and '.': %s", name);
                methods.add(name);
            }
            return this;
        }

        /** Registers the meters that need no per-event tags, and returns the listener. */
        public SwitchboardMetrics build() {
            return new SwitchboardMetrics(this);
        }
    }
}
