package dev.switchboard.spring;

import dev.switchboard.core.bot.Bot;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the bot with the application context and stops it with it: {@code Bot.start()} once the
 * beans are ready, {@code Bot.stop()} on shutdown, which stops the update sources, lets running
 * handlers finish within {@code switchboard.shutdown-timeout} and answers presses still open. Its
 * phase puts it before the web server on start and after it on stop, so a webhook endpoint never
 * meets a bot that is not running, and the web server's graceful shutdown finishes first.
 */
final class SwitchboardLifecycle implements SmartLifecycle {
    /** Below the web server's start/stop phases (Boot's are {@code DEFAULT_PHASE - 2048} and {@code - 1024}). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardLifecycle.class);

    private final Bot bot;
    private final SwitchboardPlatforms served;
    private final List<TrackedPlatform> platforms;
    private final boolean autoStartup;
    private volatile boolean running;

    SwitchboardLifecycle(Bot bot, SwitchboardPlatforms platforms, boolean autoStartup) {
        this.bot = bot;
        this.served = platforms;
        this.platforms = platforms.all();
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public void start() {
        for (TrackedPlatform platform : served.webhooksNotServed()) {
            LOG.warn("switchboard.{}.mode is webhook, but this application serves no webhook endpoint (it needs to be a "
                    + "servlet web application with Spring MVC: spring-boot-starter-webmvc); no {} update will arrive",
                    platform.id().value(), platform.id().displayName());
        }
        bot.start();
        running = true;
        platforms.stream().filter(TrackedPlatform::webhook).forEach(p -> p.health().running());
    }

    @Override
    public void stop() {
        try {
            bot.stop();
        } finally {
            running = false;
            platforms.forEach(p -> p.health().ended());
        }
    }

    @Override
    public void stop(Runnable callback) {
        Thread stopper = new Thread(() -> {
            try {
                stop();
            } catch (RuntimeException e) {
                LOG.warn("stopping the bot failed", e);
            } finally {
                callback.run();
            }
        }, "switchboard-spring-stop");
        stopper.start();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
