package dev.switchboard.examples.docs;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.spi.CheckpointStore;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.nio.file.Path;

/**
 * The Java samples of docs/reliability.md, compiled here; {@link DocSamplesTest} checks that the
 * doc shows each region between {@code // sample: name} and {@code // end} exactly.
 */
final class ReliabilitySamples {
    private ReliabilitySamples() {
    }

    static Bot checkpoints(TelegramPlatform telegram, VkPlatform vk) {
        // sample: checkpoints
        Bot bot = Bot.builder()
                .platform(telegram).platform(vk)
                .checkpoints(CheckpointStore.inDirectory(Path.of("/var/lib/mybot")))
                .build();
        // end
        return bot;
    }

    static WebhookHandler webhook(TelegramPlatform telegram, Bot bot, String secret) {
        // sample: webhook-sink
        WebhookHandler handler = telegram.webhook(secret, bot.webhookSink());
        // end
        return handler;
    }
}
