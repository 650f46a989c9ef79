package dev.switchboard.examples.cli;

import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.spi.ApiBaseUrl;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code switchboard send} and {@code switchboard bot} reach one platform. It names the environment
 * variables holding its token and API base URL, and how a {@link Messenger} (for {@code send}) or
 * a whole {@link BotPlatform} (for {@code bot}) is built from them with the adapter's defaults
 * (retries, rate limits, timeouts).
 *
 * @param tokenVariable the variable with the token, the only place a token is read from
 * @param apiUrlVariable the variable with the API base URL, used when {@code --api-url} is absent
 * @param connect builds the messenger
 * @param bot builds the platform a bot runs on
 */
record Connector(String tokenVariable, String apiUrlVariable, Connect connect, BotConnect bot) {
    /** Builds a messenger for a token and, when given, an API base URL. */
    @FunctionalInterface
    interface Connect {
        /** @throws IllegalArgumentException for a malformed token or URL; the message never repeats the token */
        Messenger messenger(String token, Optional<URI> apiUrl);
    }

    /** Builds a bot platform for a token and, when given, an API base URL, reading what else it needs from {@code env}. */
    @FunctionalInterface
    interface BotConnect {
        /**
         * @throws UnusableInputException when a further variable is missing or malformed (the message is the stderr line)
         * @throws IllegalArgumentException for a malformed token or URL; the message never repeats the token
         */
        BotPlatform platform(String token, Optional<URI> apiUrl, Map<String, String> env)
                throws UnusableInputException;
    }

    /** Telegram: {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL}. */
    static Connector telegram() {
        return new Connector("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL",
                (token, apiUrl) -> telegram(token, apiUrl).messenger(),
                (token, apiUrl, env) -> telegram(token, apiUrl));
    }

    /** VK: {@code VK_GROUP_TOKEN}, {@code VK_API_URL}; a bot also needs {@code VK_GROUP_ID} for Bots Long Poll. */
    static Connector vk() {
        return new Connector("VK_GROUP_TOKEN", "VK_API_URL",
                (token, apiUrl) -> vk(token, apiUrl).build().messenger(),
                (token, apiUrl, env) -> vk(token, apiUrl).groupId(groupId(env)).build());
    }

    /**
     * The base URL in {@code value}, read from {@code source} (an option or variable name), checked
     * with the adapters' own rule ({@link ApiBaseUrl}): an absolute http(s) URL with a host, no query or fragment.
     */
    static URI apiUrl(String source, String value) throws UnusableInputException {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new UnusableInputException(source + ": not a URL: " + e.getMessage());
        }
        if (!ApiBaseUrl.isValid(uri)) {
            throw new UnusableInputException(source + ": expected an absolute http or https URL with a host and no"
                    + " query or fragment, got '" + value + "'");
        }
        return uri;
    }

    private static TelegramPlatform telegram(String token, Optional<URI> apiUrl) {
        TelegramPlatform.Builder builder = TelegramPlatform.builder(token);
        apiUrl.ifPresent(builder::apiUrl);
        return builder.build();
    }

    private static VkPlatform.Builder vk(String token, Optional<URI> apiUrl) {
        VkPlatform.Builder builder = VkPlatform.builder(token);
        apiUrl.ifPresent(builder::apiUrl);
        return builder;
    }

    private static long groupId(Map<String, String> env) throws UnusableInputException {
        String value = env.get("VK_GROUP_ID");
        if (value == null || value.isEmpty()) {
            throw new UnusableInputException("vk: VK_GROUP_ID is not set; VK's Bots Long Poll needs the community id");
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UnusableInputException("vk: VK_GROUP_ID must be the positive community id, got '" + value + "'");
    }
}
