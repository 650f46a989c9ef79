package dev.switchboard.spring;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code switchboard.*} settings: which platforms the bot runs on and how it receives their
 * updates, its handler pool, its shutdown budget and the Redis that its replicas share. A platform
 * is on when its token is set (or the application defines the platform's bean).
 *
 * @param telegram Telegram ({@code switchboard.telegram.*})
 * @param vk VK ({@code switchboard.vk.*})
 * @param handlers the handler pool ({@code switchboard.handlers.*})
 * @param shutdownTimeout how long a stopping bot lets running handlers finish before it interrupts them
 * @param redis the Redis shared by the bot's replicas ({@code switchboard.redis.*})
 * @param autoStartup whether the bot starts with the application context; false leaves {@code Bot.start()} to you
 */
@ConfigurationProperties("switchboard")
public record SwitchboardProperties(
        @DefaultValue Telegram telegram,
        @DefaultValue Vk vk,
        @DefaultValue Handlers handlers,
        @DefaultValue("10s") Duration shutdownTimeout,
        @DefaultValue Redis redis,
        @DefaultValue("true") boolean autoStartup) {

    public SwitchboardProperties {
        requirePositive(shutdownTimeout, "switchboard.shutdown-timeout");
    }

    /** How a platform's updates reach the bot. */
    public enum Mode {
        /** The bot asks the platform for updates (Telegram {@code getUpdates}, VK Bots Long Poll). */
        LONG_POLLING,
        /** The platform pushes updates to an endpoint on the application's web server. */
        WEBHOOK
    }

    /**
     * Telegram: on when {@code token} is set.
     *
     * @param token the bot token from BotFather; never logged
     * @param apiUrl the Bot API base URL, for a local Bot API server or a test fake; the adapter's default when unset
     * @param mode long polling (the default) or webhook
     * @param answerDeadline when the runtime answers a press the handler has not answered; the adapter's 8 s when unset
     * @param webhook the endpoint Telegram pushes to, in webhook mode
     */
    public record Telegram(String token, URI apiUrl, @DefaultValue("long-polling") Mode mode, Duration answerDeadline,
                           @DefaultValue TelegramWebhook webhook) {
        public Telegram {
            requirePositiveOrNull(answerDeadline, "switchboard.telegram.answer-deadline");
            if (webhook == null) {
                webhook = new TelegramWebhook("/switchboard/telegram", null, null);
            }
            if (hasToken(token) && mode == Mode.WEBHOOK && (webhook.secret() == null || webhook.secret().isBlank())) {
                throw new IllegalArgumentException("switchboard.telegram.webhook.secret is required when "
                        + "switchboard.telegram.mode is webhook (the secret token given to setWebhook)");
            }
        }

        @Override
        public String toString() {
            return "Telegram[token=" + mask(token) + ", apiUrl=" + apiUrl + ", mode=" + mode
                    + ", answerDeadline=" + answerDeadline + ", webhook=" + webhook + "]";
        }
    }

    /**
     * Where Telegram pushes updates in webhook mode.
     *
     * @param path the path on this application's web server, such as {@code /switchboard/telegram}
     * @param secret the secret token given to {@code setWebhook}, sent back in {@code X-Telegram-Bot-Api-Secret-Token}; never logged
     * @param replyWithin when set, Telegram is answered only once the update was handled or this time passed
     *        ({@code Bot.webhookSinkHandlingFirst}); unset, at once ({@code Bot.webhookSink})
     */
    public record TelegramWebhook(@DefaultValue("/switchboard/telegram") String path, String secret,
                                  Duration replyWithin) {
        public TelegramWebhook {
            path = requirePath(path, "switchboard.telegram.webhook.path");
            requirePositiveOrNull(replyWithin, "switchboard.telegram.webhook.reply-within");
        }

        @Override
        public String toString() {
            return "TelegramWebhook[path=" + path + ", secret=" + mask(secret) + ", replyWithin=" + replyWithin + "]";
        }
    }

    /**
     * VK: on when {@code token} is set.
     *
     * @param token the community access token; never logged
     * @param groupId the community id, required with a token
     * @param apiUrl the VK API base URL, for a test fake; the adapter's default when unset
     * @param mode long polling (the default, Bots Long Poll) or webhook (Callback API)
     * @param answerDeadline when the runtime answers a press the handler has not answered; the adapter's 50 s when unset
     * @param webhook the endpoint VK's Callback API pushes to, in webhook mode
     */
    public record Vk(String token, Long groupId, URI apiUrl, @DefaultValue("long-polling") Mode mode,
                     Duration answerDeadline, @DefaultValue VkWebhook webhook) {
        public Vk {
            requirePositiveOrNull(answerDeadline, "switchboard.vk.answer-deadline");
            if (webhook == null) {
                webhook = new VkWebhook("/switchboard/vk", null, null, null);
            }
            if (hasToken(token)) {
                if (groupId == null || groupId <= 0) {
                    throw new IllegalArgumentException("switchboard.vk.group-id (the community id, positive) "
                            + "is required with switchboard.vk.token: " + groupId);
                }
                if (mode == Mode.WEBHOOK && (webhook.confirmationCode() == null || webhook.confirmationCode().isBlank())) {
                    throw new IllegalArgumentException("switchboard.vk.webhook.confirmation-code is required when "
                            + "switchboard.vk.mode is webhook (the string VK's Callback API expects back)");
                }
            }
        }

        @Override
        public String toString() {
            return "Vk[token=" + mask(token) + ", groupId=" + groupId + ", apiUrl=" + apiUrl + ", mode=" + mode
                    + ", answerDeadline=" + answerDeadline + ", webhook=" + webhook + "]";
        }
    }

    /**
     * Where VK's Callback API pushes events in webhook mode.
     *
     * @param path the path on this application's web server, such as {@code /switchboard/vk}
     * @param confirmationCode the string VK expects back when it confirms the server; required in webhook mode
     * @param secret the secret key set in the Callback API settings, if any; never logged
     * @param replyWithin when set, VK is answered only once the event was handled or this time passed; unset, at once
     */
    public record VkWebhook(@DefaultValue("/switchboard/vk") String path, String confirmationCode, String secret,
                            Duration replyWithin) {
        public VkWebhook {
            path = requirePath(path, "switchboard.vk.webhook.path");
            requirePositiveOrNull(replyWithin, "switchboard.vk.webhook.reply-within");
        }

        /**
         * The secret, if one is set.
         *
         * @return the secret, or empty when unset or empty
         */
        public Optional<String> secretIfSet() {
            return secret == null || secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        }

        @Override
        public String toString() {
            return "VkWebhook[path=" + path + ", confirmationCode=" + mask(confirmationCode) + ", secret="
                    + mask(secret) + ", replyWithin=" + replyWithin + "]";
        }
    }

    /**
     * The bounded pool that runs handlers.
     *
     * @param threads handler threads
     * @param queue updates waiting for a thread; when threads and queue are full, long polling waits
     *        and a webhook answers 503 so that the platform delivers again
     */
    public record Handlers(@DefaultValue("8") int threads, @DefaultValue("1000") int queue) {
        public Handlers {
            if (threads < 1) {
                throw new IllegalArgumentException("switchboard.handlers.threads must be at least 1: " + threads);
            }
            if (queue < 0) {
                throw new IllegalArgumentException("switchboard.handlers.queue must not be negative: " + queue);
            }
        }
    }

    /**
     * The Redis shared by the bot's replicas; used when {@code switchboard-redis} is on the classpath.
     *
     * @param url such as {@code redis://:password@redis.internal:6379/0}; unset, the bot keeps its state in memory
     * @param namespace the key prefix; give each bot its own
     * @param useSpringConnection without a {@code url}, use the Redis server of Spring's own connection
     *        ({@code spring.data.redis.*}, Docker Compose, Testcontainers); a single server only
     */
    public record Redis(String url, @DefaultValue("switchboard") String namespace, boolean useSpringConnection) {
        @Override
        public String toString() {
            return "Redis[url=" + (url == null ? null : "<redacted>") + ", namespace=" + namespace
                    + ", useSpringConnection=" + useSpringConnection + "]";
        }
    }

    private static boolean hasToken(String token) {
        return token != null && !token.isBlank();
    }

    private static String mask(String secret) {
        return secret == null ? null : "<redacted>";
    }

    private static String requirePath(String path, String name) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException(name + " must start with /: " + path);
        }
        return path;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    private static void requirePositiveOrNull(Duration duration, String name) {
        if (duration != null) {
            requirePositive(duration, name);
        }
    }
}
