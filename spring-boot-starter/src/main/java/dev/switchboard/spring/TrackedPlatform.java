package dev.switchboard.spring;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.cards.CardRules;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.validate.KeyboardRules;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A platform as the bot sees it inside Spring: everything is the adapter's, except the update
 * source, which reports to {@link SourceHealth} and, in webhook mode, does not poll at all but waits
 * until the bot stops (the application's web server brings the updates). So one {@code Bot.start()}
 * serves both modes, and {@code Bot.stop()} drains the handlers either way.
 */
final class TrackedPlatform implements BotPlatform {
    private final BotPlatform platform;
    private final SourceHealth health;

    TrackedPlatform(BotPlatform platform, SourceHealth health) {
        this.platform = platform;
        this.health = health;
    }

    @Override
    public PlatformId id() {
        return platform.id();
    }

    @Override
    public Messenger messenger() {
        return platform.messenger();
    }

    @Override
    public KeyboardRules keyboardRules() {
        return platform.keyboardRules();
    }

    @Override
    public AnswerRules answerRules() {
        return platform.answerRules();
    }

    @Override
    public Optional<CardRules> cardRules() {
        return platform.cardRules();
    }

    @Override
    public UpdateSource updateSource(UpdateNeeds needs) {
        return webhook() ? new PushedUpdates(id()) : track(platform.updateSource(needs));
    }

    @Override
    public UpdateSource updateSource(UpdateNeeds needs, CheckpointStore checkpoints) {
        if (webhook()) {
            return new PushedUpdates(id());
        }
        health.standingBy();
        return track(platform.updateSource(needs, checkpoints));
    }

    /** True in webhook mode, where the bot's lifecycle sets the health's state (every replica serves). */
    boolean webhook() {
        return health.mode() == SwitchboardProperties.Mode.WEBHOOK;
    }

    SourceHealth health() {
        return health;
    }

    @Override
    public Duration answerDeadline() {
        return platform.answerDeadline();
    }

    @Override
    public void checkAccess() {
        platform.checkAccess();
    }

    @Override
    public void addListener(SwitchboardListener listener) {
        platform.addListener(listener);
    }

    @Override
    public String sourceKey() {
        return platform.sourceKey();
    }

    @Override
    public void share(SharedState state) {
        platform.share(state);
    }

    @Override
    public Optional<UpdateReader> updateReader() {
        return platform.updateReader();
    }

    @Override
    public String toString() {
        return platform.toString();
    }

    /** A sink that notes each update handed over, for a webhook endpoint. */
    UpdateSink tracking(UpdateSink sink) {
        return new UpdateSink() {
            @Override
            public void accept(Update update) {
                sink.accept(update);
                health.delivered();
            }

            @Override
            public void offer(Update update) {
                sink.offer(update);
                health.delivered();
            }
        };
    }

    private UpdateSource track(UpdateSource source) {
        return new UpdateSource() {
            @Override
            public PlatformId platform() {
                return source.platform();
            }

            @Override
            public void run(UpdateSink sink) {
                health.running();
                try {
                    source.run(tracking(sink));
                    health.ended();
                } catch (RuntimeException e) {
                    health.failed(e);
                    throw e;
                }
            }

            @Override
            public void stop() {
                source.stop();
            }
        };
    }

    /** Webhook mode's source: nothing to poll; it holds its thread until the bot stops it. */
    private static final class PushedUpdates implements UpdateSource {
        private final PlatformId platform;
        private final CountDownLatch stopped = new CountDownLatch(1);

        PushedUpdates(PlatformId platform) {
            this.platform = platform;
        }

        @Override
        public PlatformId platform() {
            return platform;
        }

        @Override
        public void run(UpdateSink sink) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void stop() {
            stopped.countDown();
        }
    }
}
