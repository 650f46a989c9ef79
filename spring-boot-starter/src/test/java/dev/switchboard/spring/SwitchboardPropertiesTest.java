package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.Bot;
import dev.switchboard.spring.SwitchboardProperties.Mode;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How the switchboard.* properties bind, what they default to, and what they refuse. */
class SwitchboardPropertiesTest {
    // The bots are only built here, never started, so no platform is called.
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class))
            .withPropertyValues("switchboard.auto-startup=false");

    @Test
    void withoutAnyTokenThereIsNoBot() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(Bot.class);
        });
    }

    @Test
    void bindsEveryPropertyFromKebabCase() {
        runner.withPropertyValues(
                "switchboard.telegram.token=123:SECRET",
                "switchboard.telegram.api-url=http://127.0.0.1:1/",
                "switchboard.telegram.mode=webhook",
                "switchboard.telegram.answer-deadline=5s",
                "switchboard.telegram.webhook.path=/tg",
                "switchboard.telegram.webhook.secret=abc_DEF-1",
                "switchboard.telegram.webhook.reply-within=3s",
                "switchboard.vk.token=vk-token",
                "switchboard.vk.group-id=42",
                "switchboard.vk.api-url=http://127.0.0.1:2/method/",
                "switchboard.vk.answer-deadline=40s",
                "switchboard.handlers.threads=3",
                "switchboard.handlers.queue=50",
                "switchboard.shutdown-timeout=20s",
                "switchboard.redis.namespace=shop").run(context -> {
                    SwitchboardProperties properties = context.getBean(SwitchboardProperties.class);

                    assertThat(properties.telegram().token()).isEqualTo("123:SECRET");
                    assertThat(properties.telegram().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:1/"));
                    assertThat(properties.telegram().mode()).isEqualTo(Mode.WEBHOOK);
                    assertThat(properties.telegram().answerDeadline()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.telegram().webhook())
                            .isEqualTo(new SwitchboardProperties.TelegramWebhook("/tg", "abc_DEF-1", Duration.ofSeconds(3)));
                    assertThat(properties.vk().groupId()).isEqualTo(42L);
                    assertThat(properties.vk().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:2/method/"));
                    assertThat(properties.vk().mode()).isEqualTo(Mode.LONG_POLLING);
                    assertThat(properties.vk().answerDeadline()).isEqualTo(Duration.ofSeconds(40));
                    assertThat(properties.handlers()).isEqualTo(new SwitchboardProperties.Handlers(3, 50));
                    assertThat(properties.shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(properties.redis().namespace()).isEqualTo("shop");
                    assertThat(properties.autoStartup()).isFalse();
                    assertThat(context).hasSingleBean(Bot.class);
                    assertThat(context.getBean(Bot.class).platforms()).extracting(p -> p.value())
                            .containsExactly("telegram", "vk");
                });
    }

    @Test
    void defaultsToLongPollingWithTheRuntimesPoolAndPaths() {
        runner.withPropertyValues("switchboard.telegram.token=123:SECRET").run(context -> {
            SwitchboardProperties properties = context.getBean(SwitchboardProperties.class);

            assertThat(properties.telegram().mode()).isEqualTo(Mode.LONG_POLLING);
            assertThat(properties.telegram().webhook().path()).isEqualTo("/switchboard/telegram");
            assertThat(properties.vk().webhook().path()).isEqualTo("/switchboard/vk");
            assertThat(properties.handlers()).isEqualTo(new SwitchboardProperties.Handlers(8, 1000));
            assertThat(properties.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.redis().namespace()).isEqualTo("switchboard");
            assertThat(new SwitchboardProperties.Telegram("t", null, Mode.LONG_POLLING, null, null).webhook().path())
                    .isEqualTo("/switchboard/telegram");
            assertThat(context.getBean(Bot.class).platforms()).extracting(p -> p.value()).containsExactly("telegram");
        });
    }

    @Test
    void aVkTokenWithoutAGroupIdFailsNamingTheProperty() {
        runner.withPropertyValues("switchboard.vk.token=vk-token").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("switchboard.vk.group-id"));
    }

    @Test
    void telegramWebhookModeWithoutASecretFailsNamingTheProperty() {
        runner.withPropertyValues("switchboard.telegram.token=123:SECRET", "switchboard.telegram.mode=webhook")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("switchboard.telegram.webhook.secret"));
    }

    @Test
    void vkWebhookModeWithoutAConfirmationCodeFailsNamingTheProperty() {
        runner.withPropertyValues("switchboard.vk.token=vk-token", "switchboard.vk.group-id=1",
                "switchboard.vk.mode=webhook").run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("switchboard.vk.webhook.confirmation-code"));
    }

    @Test
    void aWebhookPathMustStartWithASlash() {
        runner.withPropertyValues("switchboard.telegram.token=123:SECRET", "switchboard.telegram.webhook.path=tg")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("switchboard.telegram.webhook.path must start with /"));
    }

    @Test
    void tooFewHandlerThreadsFailNamingTheProperty() {
        runner.withPropertyValues("switchboard.telegram.token=123:SECRET", "switchboard.handlers.threads=0")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("switchboard.handlers.threads must be at least 1"));
    }

    @Test
    void printedPropertiesShowNoTokenSecretOrRedisUrl() {
        runner.withPropertyValues("switchboard.telegram.token=123:TOPSECRET", "switchboard.telegram.mode=webhook",
                "switchboard.telegram.webhook.secret=HOOKSECRET", "switchboard.vk.token=VKSECRET",
                "switchboard.vk.group-id=1", "switchboard.vk.webhook.secret=VKHOOK").run(context -> {
                    String printed = context.getBean(SwitchboardProperties.class).toString()
                            + new SwitchboardProperties.Redis("redis://:REDISPASS@127.0.0.1:1", "switchboard", false);

                    assertThat(printed).doesNotContain("TOPSECRET", "HOOKSECRET", "VKSECRET", "VKHOOK", "REDISPASS")
                            .contains("<redacted>");
                });
    }
}
