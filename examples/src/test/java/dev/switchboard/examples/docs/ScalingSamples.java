package dev.switchboard.examples.docs;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.redis.RedisState;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.LocalRedis;
import dev.switchboard.vk.VkPlatform;

/**
 * The Java samples of docs/scaling.md and of the Redis section of docs/testing.md, compiled here;
 * {@link DocSamplesTest} checks that the docs show each region exactly.
 */
final class ScalingSamples {
    private ScalingSamples() {
    }

    static void sharedState(TelegramPlatform telegram, VkPlatform vk) {
        // sample: shared-state
        try (RedisState redis = RedisState.builder("redis://:password@redis.internal:6379/0")
                .namespace("shop-bot").build()) {
            Bot bot = Bot.builder().platform(telegram).platform(vk)
                    .sharedState(redis)
                    .onCommand("start", (message, ctx) -> ctx.reply("Hello"))
                    .build();
            bot.run();
        }
        // end
    }

    static void localRedis(TelegramPlatform telegram) {
        // sample: local-redis
        try (LocalRedis redis = LocalRedis.start();
             RedisState state = RedisState.connect(redis.uri())) {
            Bot bot = Bot.builder().platform(telegram).sharedState(state)
                    .onCommand("start", (message, ctx) -> ctx.reply("Hello"))
                    .build();
            bot.start();
            bot.stop();
        }
        // end
    }
}
