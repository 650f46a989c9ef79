package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.switchboard.testkit.FakeTelegram;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** switchboard.telegram.webhook.reply-within: Telegram is answered once the update was handled, not before. */
class WebhookReplyWithinTest {
    private FakeTelegram telegram;
    private WebApplicationContextRunner runner;
    private final AtomicBoolean handled = new AtomicBoolean();

    @BeforeEach
    void openFake() {
        telegram = FakeTelegram.open();
        runner = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class,
                        DispatcherServletAutoConfiguration.class, SwitchboardAutoConfiguration.class))
                .withPropertyValues("switchboard.telegram.token=123:TEST",
                        "switchboard.telegram.api-url=" + telegram.apiUrl(),
                        "switchboard.telegram.mode=webhook", "switchboard.telegram.webhook.secret=s3cret")
                .withBean(SwitchboardCustomizer.class, () -> bot -> bot.onText("hello", (message, ctx) -> {
                    Thread.sleep(1000);   // long beside answering at once, even on a loaded machine
                    handled.set(true);
                }));
    }

    @AfterEach
    void closeFake() {
        telegram.close();
    }

    @Test
    void withReplyWithinTheAnswerWaitsForTheHandler() {
        runner.withPropertyValues("switchboard.telegram.webhook.reply-within=5s").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            int status = mvc.perform(update()).andReturn().getResponse().getStatus();

            assertThat(status).isEqualTo(200);
            assertThat(handled).as("handled before Telegram was answered").isTrue();
        });
    }

    @Test
    void withoutReplyWithinTheAnswerComesAtOnce() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            int status = mvc.perform(update()).andReturn().getResponse().getStatus();

            assertThat(status).isEqualTo(200);
            assertThat(handled).as("still being handled when Telegram was answered").isFalse();
        });
    }

    private static org.springframework.test.web.servlet.RequestBuilder update() throws Exception {
        try (InputStream in = WebhookReplyWithinTest.class.getClassLoader()
                .getResourceAsStream("updates/telegram-message.json")) {
            return post("/switchboard/telegram").header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
                    .contentType("application/json").content(in.readAllBytes());
        }
    }
}
