package dev.switchboard.examples.cli;

import dev.switchboard.core.bot.Messenger;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.net.URI;
import java.util.Optional;

/**
 * How {@code switchboard send} reaches one platform: the environment variables holding its
 * token and API base URL, and how a {@link Messenger} is built from them with the adapter's
 * defaults (retries, rate limits, timeouts).
 *
 * @param tokenVariable the variable with the token, the only place a token is read from
 * @param apiUrlVariable the variable with the API base URL, used when {@code --api-url} is absent
 * @param connect builds the messenger
 */
record Connector(String tokenVariable, String apiUrlVariable, Connect connect) {
    /** Builds a messenger for a token and, when given, an API base URL. */
    @FunctionalInterface
    interface Connect {
        /** @throws IllegalArgumentException for a malformed token or URL; the message never repeats the token */
        Messenger messenger(String token, Optional<URI> apiUrl);
    }

    /** Telegram: {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL}. */
    static Connector telegram() {
        return new Connector("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", (token, apiUrl) -> {
            TelegramPlatform.Builder builder = TelegramPlatform.builder(token);
            apiUrl.ifPresent(builder::apiUrl);
            return builder.build().messenger();
        });
    }

    /** VK: {@code VK_GROUP_TOKEN}, {@code VK_API_URL}. */
    static Connector vk() {
        return new Connector("VK_GROUP_TOKEN", "VK_API_URL", (token, apiUrl) -> {
            VkPlatform.Builder builder = VkPlatform.builder(token);
            apiUrl.ifPresent(builder::apiUrl);
            return builder.build().messenger();
        });
    }
}
