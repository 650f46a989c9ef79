package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.redis.RedisState;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.LocalRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** switchboard.redis.url, or Spring's own Redis connection, puts the bot's state in a real Redis (the testkit's LocalRedis). */
class RedisWiringTest {
    private static LocalRedis redis;
    private static FakeTelegram telegram;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class))
            .withPropertyValues("switchboard.telegram.token=123:TEST",
                    "switchboard.telegram.api-url=" + telegram.apiUrl());

    @BeforeAll
    static void start() {
        redis = LocalRedis.start();
        telegram = FakeTelegram.open();
    }

    @AfterAll
    static void stop() {
        telegram.close();
        redis.close();
    }

    @Test
    void withARedisUrlTheBotsStateAndPollerLeaseLiveInRedisUnderTheNamespace() {
        runner.withPropertyValues("switchboard.redis.url=" + redis.uri(), "switchboard.redis.namespace=spring-test",
                        "switchboard.shutdown-timeout=2s")
                .withBean(SwitchboardCustomizer.class, () -> bot -> bot.onCommand("start",
                        (message, ctx) -> ctx.reply("Hello")))
                .run(context -> {
                    assertThat(context).hasSingleBean(RedisState.class);
                    assertThat(context.getBean(RedisState.class).namespace()).isEqualTo("spring-test");
                    telegram.attach(context.getBean(Bot.class)).user("Ira").sends("/start");

                    assertThat(keys("spring-test:*")).contains("spring-test:lease:telegram-123");
                });
    }

    @Test
    void askedToTheBotUsesSpringsOwnRedisConnection() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                        SwitchboardAutoConfiguration.class))
                .withPropertyValues("switchboard.telegram.token=123:TEST",
                        "switchboard.telegram.api-url=" + telegram.apiUrl(),
                        "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
                        "switchboard.redis.use-spring-connection=true", "switchboard.redis.namespace=from-spring",
                        "switchboard.shutdown-timeout=2s")
                .withBean(SwitchboardCustomizer.class, () -> bot -> bot.onCommand("start",
                        (message, ctx) -> ctx.reply("Hello")))
                .run(context -> {
                    assertThat(context).hasSingleBean(RedisState.class);
                    telegram.attach(context.getBean(Bot.class)).user("Oleg").sends("/start");

                    assertThat(keys("from-spring:*")).contains("from-spring:lease:telegram-123");
                });
    }

    @Test
    void withoutARedisUrlTheBotKeepsItsStateInMemoryEvenBesideSpringsRedis() {
        runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
                .withPropertyValues("switchboard.auto-startup=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SharedState.class);
        });
    }

    private static java.util.List<String> keys(String pattern) {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(pattern);
        } finally {
            client.shutdown();
        }
    }
}
