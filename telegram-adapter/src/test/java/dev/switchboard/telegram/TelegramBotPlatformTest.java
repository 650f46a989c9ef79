package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.core.event.UpdateKind.BUTTON_PRESS;
import static dev.switchboard.core.event.UpdateKind.CHAT_MIGRATED;
import static dev.switchboard.core.event.UpdateKind.IGNORED;
import static dev.switchboard.core.event.UpdateKind.MEMBERSHIP;
import static dev.switchboard.core.event.UpdateKind.MESSAGE;
import static dev.switchboard.telegram.TelegramTestSupport.ok;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.event.UpdateKind;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.testing.TokenLeakCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** TelegramPlatform as the bot runtime's BotPlatform: identity, rules, answer deadline, allowed_updates. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TelegramBotPlatformTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ONE_MESSAGE = "[{\"update_id\":7,\"message\":{\"message_id\":1,\"chat\":{\"id\":222,"
            + "\"type\":\"private\"},\"date\":1670598000,\"text\":\"hi\"}}]";

    @Test
    void checkAccessAsksGetMeOnce() {
        wm.stubFor(post(urlPathEqualTo(path("getMe"))).willReturn(ok(
                "{\"id\":123456,\"is_bot\":true,\"first_name\":\"Test\",\"username\":\"test_bot\"}")));

        platform(wm).build().checkAccess();

        wm.verify(1, postRequestedFor(urlPathEqualTo(path("getMe"))));
    }

    @Test
    void checkAccessFailsAtOnceOnARejectedToken() {
        wm.stubFor(post(urlPathEqualTo(path("getMe"))).willReturn(TelegramTestSupport.error(401,
                "telegram/error_401_unauthorized.json")));
        BotPlatform telegram = platform(wm).build();

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(telegram::checkAccess);

        assertThat(e.errorCode()).isEqualTo(401);
        assertThat(e.getMessage()).startsWith("Telegram getMe failed").contains("401")
                .contains("Unauthorized: invalid token specified").doesNotContain("attempts");
        wm.verify(1, postRequestedFor(urlPathEqualTo(path("getMe"))));
    }

    @Test
    void checkAccessRetriesAnUnreachableApiOnceOnly() {
        wm.stubFor(post(urlPathEqualTo(path("getMe"))).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        BotPlatform telegram = platform(wm).retryPolicy(dev.switchboard.core.transport.RetryPolicy.defaults()).build();

        Throwable e = LEAKS.thrown(telegram::checkAccess);

        assertThat(e).isInstanceOf(dev.switchboard.core.TransportException.class)
                .hasMessageStartingWith("Telegram getMe failed: ").hasMessageEndingWith("(after 2 attempts)");
        wm.verify(2, postRequestedFor(urlPathEqualTo(path("getMe"))));
    }

    @Test
    void isTheBotPlatformOfTelegram() {
        TelegramPlatform telegram = platform(wm).build();
        BotPlatform bot = telegram;

        assertThat(bot.id()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(bot.messenger()).isSameAs(telegram.messenger());
        assertThat(bot.keyboardRules()).isSameAs(TelegramPlatform.rules());
        assertThat(bot.answerRules()).isSameAs(TelegramPlatform.answers().rules());
        assertThat(bot.answerRules().platform()).isEqualTo(PlatformId.TELEGRAM);
    }

    static Stream<Arguments> derivations() {
        return Stream.of(
                arguments(kinds(), false, List.of()),
                arguments(kinds(IGNORED), true, List.of()),
                arguments(kinds(MESSAGE), false, List.of("message")),
                arguments(kinds(CHAT_MIGRATED), false, List.of("message")),
                arguments(kinds(MESSAGE, CHAT_MIGRATED), false, List.of("message")),
                arguments(kinds(BUTTON_PRESS), false, List.of("callback_query")),
                arguments(kinds(BUTTON_PRESS), true, List.of("callback_query")),
                arguments(kinds(MEMBERSHIP), false, List.of("my_chat_member")),
                arguments(kinds(MEMBERSHIP), true, List.of("my_chat_member", "chat_member")),
                arguments(kinds(BUTTON_PRESS, MESSAGE), false, List.of("message", "callback_query")),
                arguments(kinds(MEMBERSHIP, BUTTON_PRESS, IGNORED), false, List.of("callback_query", "my_chat_member")),
                arguments(kinds(MEMBERSHIP, CHAT_MIGRATED, BUTTON_PRESS), true,
                        List.of("message", "callback_query", "my_chat_member", "chat_member")),
                arguments(kinds(UpdateKind.values()), false,
                        List.of("message", "callback_query", "my_chat_member")),
                arguments(kinds(UpdateKind.values()), true,
                        List.of("message", "callback_query", "my_chat_member", "chat_member")));
    }

    @ParameterizedTest(name = "{0}, otherMembers={1} -> {2}")
    @MethodSource("derivations")
    void derivesAllowedUpdatesFromTheNeeds(Set<UpdateKind> kinds, boolean otherMembers, List<String> expected) {
        assertThat(TelegramLongPoll.allowedUpdates(new UpdateNeeds(kinds, otherMembers)))
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(UpdateKind.class)
    void asksForChatMemberOnlyForMembershipOfOtherUsers(UpdateKind kind) {
        for (boolean others : new boolean[] {false, true}) {
            List<String> types = TelegramLongPoll.allowedUpdates(new UpdateNeeds(Set.of(kind), others));
            if (kind == MEMBERSHIP && others) {
                assertThat(types).contains("chat_member");
            } else {
                assertThat(types).doesNotContain("chat_member");
            }
        }
    }

    @Test
    void everythingAsksForEveryTypeTheReaderKnows() {
        assertThat(TelegramLongPoll.allowedUpdates(UpdateNeeds.everything()))
                .containsExactly("message", "callback_query", "my_chat_member", "chat_member");
    }

    @Test
    void theFirstGetUpdatesCarriesTheDerivedAllowedUpdates() {
        wm.stubFor(post(urlPathEqualTo(path("getUpdates"))).willReturn(ok(ONE_MESSAGE)));
        UpdateSource source = platform(wm).build()
                .updateSource(new UpdateNeeds(Set.of(MEMBERSHIP, BUTTON_PRESS, MESSAGE), true));
        List<String> seen = new ArrayList<>();

        source.run(update -> {
            seen.add(update.updateId().orElseThrow());
            source.stop();
        });

        assertThat(seen).containsExactly("7");
        assertThat(source.platform()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(polls().get(0).getBodyAsString()).isEqualTo("{\"offset\":0,\"limit\":100,\"timeout\":50,"
                + "\"allowed_updates\":[\"message\",\"callback_query\",\"my_chat_member\",\"chat_member\"]}");
        assertThat(polls()).allSatisfy(poll -> assertThat(poll.getBodyAsString())
                .contains("\"allowed_updates\":[\"message\",\"callback_query\",\"my_chat_member\",\"chat_member\"]"));
        LEAKS.record(source);
    }

    @Test
    void needsOfNothingKnownStillSendAnEmptyListForTheDefaultTypes() {
        wm.stubFor(post(urlPathEqualTo(path("getUpdates"))).willReturn(ok(ONE_MESSAGE)));
        UpdateSource source = platform(wm).build().updateSource(new UpdateNeeds(Set.of(IGNORED), false));

        source.run(update -> source.stop());

        wm.verify(postRequestedFor(urlPathEqualTo(path("getUpdates"))).withRequestBody(
                equalToJson("{\"offset\":0,\"limit\":100,\"timeout\":50,\"allowed_updates\":[]}")));
    }

    @Test
    void anExplicitListIsSentAsItIsWhateverTheNeeds() {
        wm.stubFor(post(urlPathEqualTo(path("getUpdates"))).willReturn(ok(ONE_MESSAGE)));
        List<String> mine = new ArrayList<>(List.of("edited_message", "message", "chat_member"));
        TelegramPlatform telegram = platform(wm).allowedUpdates(mine).build();
        mine.clear();
        UpdateSource source = telegram.updateSource(new UpdateNeeds(Set.of(BUTTON_PRESS), false));

        source.run(update -> source.stop());

        assertThat(polls().get(0).getBodyAsString()).isEqualTo("{\"offset\":0,\"limit\":100,\"timeout\":50,"
                + "\"allowed_updates\":[\"edited_message\",\"message\",\"chat_member\"]}");
    }

    @Test
    void anExplicitEmptyListAsksForTheDefaultTypes() {
        wm.stubFor(post(urlPathEqualTo(path("getUpdates"))).willReturn(ok(ONE_MESSAGE)));
        UpdateSource source = platform(wm).allowedUpdates(List.of()).build().updateSource(UpdateNeeds.everything());

        source.run(update -> source.stop());

        assertThat(polls().get(0).getBodyAsString())
                .isEqualTo("{\"offset\":0,\"limit\":100,\"timeout\":50,\"allowed_updates\":[]}");
    }

    @Test
    void theExplicitListDoesNotChangeThePlainLongPolling() {
        wm.stubFor(post(urlPathEqualTo(path("getUpdates"))).willReturn(ok(ONE_MESSAGE)));
        UpdateSource source = platform(wm).allowedUpdates(List.of("message")).build().longPoll();

        source.run(update -> source.stop());

        assertThat(polls().get(0).getBodyAsString()).isEqualTo("{\"offset\":0,\"limit\":100,\"timeout\":50}");
    }

    @Test
    void refusesABadAllowedUpdatesList() {
        TelegramPlatform.Builder builder = TelegramPlatform.builder(TokenLeakCheck.TOKEN);

        assertThat(LEAKS.thrown(() -> builder.allowedUpdates(null))).isInstanceOf(NullPointerException.class);
        assertThat(LEAKS.thrown(() -> builder.allowedUpdates(Arrays.asList("message", null))))
                .isInstanceOf(NullPointerException.class);
        assertThat(LEAKS.thrown(() -> builder.allowedUpdates(List.of("message", ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowedUpdates has an empty type: [message, ]");
        assertThat(LEAKS.thrown(() -> platform(wm).build().updateSource(null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachCallMakesANewSource() {
        TelegramPlatform telegram = platform(wm).build();

        assertThat(telegram.updateSource(UpdateNeeds.everything()))
                .isNotSameAs(telegram.updateSource(UpdateNeeds.everything()));
    }

    @Test
    void answerDeadlineIsEightSecondsByDefault() {
        assertThat(platform(wm).build().answerDeadline()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void answerDeadlineCanBeSetUpToFifteenSeconds() {
        assertThat(platform(wm).answerDeadline(Duration.ofMillis(2_500)).build().answerDeadline())
                .isEqualTo(Duration.ofMillis(2_500));
        assertThat(platform(wm).answerDeadline(Duration.ofSeconds(15)).build().answerDeadline())
                .isEqualTo(Duration.ofSeconds(15));
        assertThat(platform(wm).answerDeadline(Duration.ofNanos(1)).build().answerDeadline())
                .isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void refusesAnAnswerDeadlineThatIsNotPositiveOrOverFifteenSeconds() {
        TelegramPlatform.Builder builder = TelegramPlatform.builder(TokenLeakCheck.TOKEN);

        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(15).plusNanos(1),
                Duration.ofSeconds(60))) {
            assertThat(LEAKS.thrown(() -> builder.answerDeadline(bad))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("answerDeadline must be positive and at most 15 s: " + bad);
        }
        assertThat(LEAKS.thrown(() -> builder.answerDeadline(null))).isInstanceOf(NullPointerException.class);
        assertThat(builder.build().answerDeadline()).isEqualTo(Duration.ofSeconds(8));
    }

    private static Set<UpdateKind> kinds(UpdateKind... kinds) {
        return Set.of(kinds);
    }

    private static List<LoggedRequest> polls() {
        return wm.findAll(postRequestedFor(urlPathEqualTo(path("getUpdates"))));
    }
}
