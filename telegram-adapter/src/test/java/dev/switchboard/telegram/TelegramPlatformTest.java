package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.telegram.TelegramTestSupport.fixture;
import static dev.switchboard.telegram.TelegramTestSupport.ok;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.testing.TokenLeakCheck;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder, webhook management and getMe. */
class TelegramPlatformTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void getMeReadsTheBot() {
        wm.stubFor(post(urlPathEqualTo(path("getMe"))).willReturn(ok("{\"id\":5424991242,\"is_bot\":true,"
                + "\"first_name\":\"Demo\",\"username\":\"demo_switchboard_bot\",\"can_join_groups\":true}")));

        TelegramPlatform.BotInfo me = platform(wm).build().getMe();

        assertThat(me).isEqualTo(new TelegramPlatform.BotInfo(5424991242L, "demo_switchboard_bot", "Demo"));
        verifyBody("getMe", "get_me.json");
    }

    @Test
    void setWebhookSendsSecretAllowedUpdatesAndDrop() {
        wm.stubFor(post(urlPathEqualTo(path("setWebhook"))).willReturn(ok("true")));

        platform(wm).build().setWebhook(URI.create("https://bot.example.com/telegram"), "s3cr3t_Value-1",
                List.of("message", "callback_query"), true);

        verifyBody("setWebhook", "set_webhook.json");
    }

    @Test
    void deleteWebhookSendsDrop() {
        wm.stubFor(post(urlPathEqualTo(path("deleteWebhook"))).willReturn(ok("true")));

        platform(wm).build().deleteWebhook(false);

        verifyBody("deleteWebhook", "delete_webhook.json");
    }

    static Stream<String> badSecrets() {
        return Stream.of("", "has space", "x".repeat(257), "semi;colon", "ключ");
    }

    @ParameterizedTest
    @MethodSource("badSecrets")
    void setWebhookRefusesABadSecretBeforeAnyRequest(String secret) {
        Throwable e = LEAKS.thrown(() -> platform(wm).build().setWebhook(URI.create("https://bot.example.com/t"),
                secret, List.of(), false));

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("secretToken must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        if (!secret.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(secret);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456:TEST-TOKEN-must-not-leak with space", "123456/TEST-TOKEN-must-not-leak",
        "123456:TEST-TOKEN-must-not-leak\n", "123456:TEST-TOKEN-must-not-leak?x", "123456:TEST-TOKEN-must-not-leak|"})
    void refusesAMalformedTokenWithoutEchoingIt(String token) {
        Throwable e = LEAKS.thrown(() -> TelegramPlatform.builder(token));

        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).doesNotContain("TEST-TOKEN").doesNotContain("123456:");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void refusesAnEmptyToken() {
        assertThat(LEAKS.thrown(() -> TelegramPlatform.builder(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token is empty; BotFather's tokens look like 123456789:AAH…");
    }

    @Test
    void refusesAnApiUrlThatIsNotHttp() {
        assertThat(LEAKS.thrown(() -> TelegramPlatform.builder(TokenLeakCheck.TOKEN)
                .apiUrl(URI.create("ftp://example.com")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiUrl must be an absolute http(s) URL with a host: ftp://example.com");
    }

    @Test
    void toStringNamesTheApiUrlAndNeverTheToken() {
        TelegramPlatform telegram = platform(wm).build();

        assertThat(telegram).hasToString("TelegramPlatform[apiUrl=" + wm.baseUrl() + "]");
        assertThat(TelegramPlatform.builder(TokenLeakCheck.TOKEN).toString())
                .isEqualTo("TelegramPlatform.Builder[apiUrl=https://api.telegram.org]");
        LEAKS.record(telegram);
        LEAKS.record(telegram.messenger());
        LEAKS.record(telegram.longPoll());
        LEAKS.record(telegram.webhook("secret", update -> { }));
        LEAKS.record(TelegramPlatform.builder(TokenLeakCheck.TOKEN));
    }

    @Test
    void messengerIsSharedAndTelegrams() {
        TelegramPlatform telegram = platform(wm).build();

        assertThat(telegram.messenger()).isSameAs(telegram.messenger());
        assertThat(telegram.messenger().platform()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(telegram.longPoll().platform()).isEqualTo(PlatformId.TELEGRAM);
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedLongPollingSpellingsStillGiveALongPoll() {
        TelegramPlatform telegram = platform(wm).build();

        assertThat(telegram.longPolling()).isInstanceOf(TelegramLongPoll.class)
                .hasToString(telegram.longPoll().toString());
        assertThat(telegram.longPolling(5, List.of("message"))).isInstanceOf(TelegramLongPoll.class)
                .hasToString(telegram.longPoll(5, List.of("message")).toString());
    }

    private static void verifyBody(String method, String fixture) {
        wm.verify(postRequestedFor(urlPathEqualTo(path(method)))
                .withRequestBody(equalToJson(fixture("telegram/requests/" + fixture))));
    }
}
