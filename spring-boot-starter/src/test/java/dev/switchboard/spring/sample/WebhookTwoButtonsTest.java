package dev.switchboard.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.FakeVk;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring sample with both platforms in webhook mode: the fakes push to the application's own
 * web server (a real one on a free port), whose endpoints check the secrets and hand updates to the bot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.telegram.token=123:TEST",
        "switchboard.telegram.mode=webhook",
        "switchboard.telegram.webhook.secret=" + WebhookTwoButtonsTest.TELEGRAM_SECRET,
        "switchboard.vk.token=vk-test-token",
        "switchboard.vk.group-id=1",
        "switchboard.vk.mode=webhook",
        "switchboard.vk.webhook.path=/hooks/vk",
        "switchboard.vk.webhook.confirmation-code=c0nfirm",
        "switchboard.vk.webhook.secret=" + WebhookTwoButtonsTest.VK_SECRET})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class WebhookTwoButtonsTest {
    static final String TELEGRAM_SECRET = "telegram_Secret-1";
    static final String VK_SECRET = "vk-secret";
    static final FakeTelegram TELEGRAM = FakeTelegram.open();
    static final FakeVk VK = FakeVk.builder().requestsPerSecond(0).open();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry properties) {
        properties.add("switchboard.telegram.api-url", TELEGRAM::apiUrl);
        properties.add("switchboard.vk.api-url", VK::apiUrl);
    }

    @LocalServerPort int port;
    @Autowired Bot bot;
    @Autowired TelegramPlatform telegram;
    @Autowired @Qualifier("switchboardHealthContributor") CompositeHealthContributor health;

    @AfterAll
    static void close(@Autowired Bot bot) {
        bot.stop();
        TELEGRAM.close();
        VK.close();
    }

    @Test
    @Order(1)
    void bothPlatformsPushToTheApplicationsOwnServer() throws Exception {
        telegram.setWebhook(url("/switchboard/telegram"), TELEGRAM_SECRET, List.of(), false);
        assertThat(VK.callbackTo(url("/hooks/vk"), Optional.of(VK_SECRET))).isEqualTo("c0nfirm");
        TELEGRAM.attach(bot);
        VK.attach(bot);

        for (FakeUser ira : List.of(TELEGRAM.user("Ira"), VK.user("Ira"))) {
            ira.sends("/start").presses("Button 1");

            assertThat(ira.lastMessage().text()).as(ira.platform().displayName()).isEqualTo("You pressed Button 1");
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("You pressed Button 1"));
        }
        Health telegramHealth = ((HealthIndicator) health.getContributor("telegram")).health();
        assertThat(telegramHealth.getStatus()).isEqualTo(Status.UP);
        assertThat(telegramHealth.getDetails()).containsEntry("mode", "webhook").containsEntry("state", "running")
                .containsKey("lastDelivery");
    }

    @Test
    @Order(2)
    void aTelegramRequestWithoutTheRightSecretIsRefusedWith401() throws Exception {
        HttpResponse<String> wrong = post("/switchboard/telegram", "updates/telegram-message.json",
                Optional.of("wrong-secret"));
        HttpResponse<String> missing = post("/switchboard/telegram", "updates/telegram-message.json", Optional.empty());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void aVkEventWithTheWrongSecretIsRefusedWith403() throws Exception {
        assertThat(post("/hooks/vk", "updates/vk-message-wrong-secret.json", Optional.empty()).statusCode())
                .isEqualTo(403);
    }

    @Test
    @Order(4)
    void aBodyOverOneMebibyteIsRefusedWith413() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/switchboard/telegram"))
                .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(1 << 20) + 1])).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    @Order(5)
    void aStoppedBotAnswers503WithRetryAfterSoThatThePlatformDeliversAgain() throws Exception {
        bot.stop();

        HttpResponse<String> response = post("/switchboard/telegram", "updates/telegram-message.json",
                Optional.of(TELEGRAM_SECRET));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> post(String path, String fixture, Optional<String> telegramSecret)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(read(fixture)));
        telegramSecret.ifPresent(secret -> request.header("X-Telegram-Bot-Api-Secret-Token", secret));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] read(String fixture) throws IOException {
        try (InputStream in = WebhookTwoButtonsTest.class.getClassLoader().getResourceAsStream(fixture)) {
            return in.readAllBytes();
        }
    }
}
