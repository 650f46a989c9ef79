package dev.switchboard.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.core.event.UpdateKind.BUTTON_PRESS;
import static dev.switchboard.core.event.UpdateKind.CHAT_MIGRATED;
import static dev.switchboard.core.event.UpdateKind.IGNORED;
import static dev.switchboard.core.event.UpdateKind.MEMBERSHIP;
import static dev.switchboard.core.event.UpdateKind.MESSAGE;
import static dev.switchboard.vk.VkTestSupport.TOKEN;
import static dev.switchboard.vk.VkTestSupport.calls;
import static dev.switchboard.vk.VkTestSupport.platform;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.event.UpdateKind;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.testing.Stderr;
import dev.switchboard.core.testing.TokenLeakCheck;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** VkPlatform as the bot runtime's BotPlatform: identity, rules, answer deadline, the long poll as source. */
@ExtendWith(TokenLeakCheck.class)
@Timeout(10)
class VkBotPlatformTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final long GROUP = 218375169L;

    @Test
    void checkAccessAsksGroupsGetByIdForTheConfiguredCommunityOnce() {
        wm.stubFor(post(urlPathEqualTo("/method/groups.getById")).willReturn(okJson(
                "{\"response\":{\"groups\":[{\"id\":" + GROUP + ",\"name\":\"Club\"}],\"profiles\":[]}}")));

        platform(wm).groupId(GROUP).build().checkAccess();

        assertThat(calls(wm, "groups.getById")).singleElement()
                .satisfies(r -> assertThat(VkTestSupport.form(r)).containsEntry("group_id", Long.toString(GROUP)));
    }

    @Test
    void checkAccessFailsAtOnceOnARejectedToken() {
        wm.stubFor(post(urlPathEqualTo("/method/groups.getById"))
                .willReturn(okJson(VkTestSupport.fixture("error_5_auth_failed.json"))));
        BotPlatform vk = platform(wm).groupId(GROUP).build();

        VkApiException e = thrown(VkApiException.class, vk::checkAccess);

        assertThat(e.errorCode()).isEqualTo(5);
        assertThat(calls(wm, "groups.getById")).hasSize(1);
    }

    @Test
    void checkAccessRetriesAnUnreachableApiOnceOnly() {
        wm.stubFor(post(urlPathEqualTo("/method/groups.getById")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502)));
        BotPlatform vk = platform(wm).groupId(GROUP).retryPolicy(dev.switchboard.core.transport.RetryPolicy.defaults())
                .build();

        dev.switchboard.core.TransportException e = thrown(dev.switchboard.core.TransportException.class,
                vk::checkAccess);

        assertThat(e.getMessage()).contains("groups.getById").endsWith("(after 2 attempts)");
        assertThat(calls(wm, "groups.getById")).hasSize(2);
    }

    @Test
    void isTheBotPlatformOfVk() {
        VkPlatform vk = platform(wm).groupId(GROUP).build();
        BotPlatform bot = vk;

        assertThat(bot.id()).isEqualTo(PlatformId.VK);
        assertThat(bot.messenger()).isSameAs(vk.messenger());
        assertThat(bot.keyboardRules()).isSameAs(VkPlatform.rules());
        assertThat(bot.answerRules()).isSameAs(VkPlatform.answers().rules());
        assertThat(bot.answerRules().platform()).isEqualTo(PlatformId.VK);
    }

    @Test
    void answerDeadlineIsFiftySecondsByDefault() {
        assertThat(platform(wm).build().answerDeadline()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void answerDeadlineCanBeSetBelowSixtySeconds() {
        assertThat(platform(wm).answerDeadline(Duration.ofSeconds(20)).build().answerDeadline())
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(platform(wm).answerDeadline(Duration.ofSeconds(60).minusMillis(1)).build().answerDeadline())
                .isEqualTo(Duration.ofMillis(59_999));
        assertThat(platform(wm).answerDeadline(Duration.ofNanos(1)).build().answerDeadline())
                .isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void refusesAnAnswerDeadlineThatIsNotPositiveOrNotUnderSixtySeconds() {
        VkPlatform.Builder builder = VkPlatform.builder(TOKEN);

        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(60),
                Duration.ofMinutes(5))) {
            assertThat(thrown(IllegalArgumentException.class, () -> builder.answerDeadline(bad)))
                    .hasMessage("answerDeadline must be positive and under 60 s: " + bad);
        }
        thrown(NullPointerException.class, () -> builder.answerDeadline(null));
        assertThat(builder.build().answerDeadline()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void theSourceIsTheBotsLongPoll() {
        wm.stubFor(post(urlPathEqualTo("/method/groups.getLongPollServer")).willReturn(okJson(
                "{\"response\":{\"key\":\"k1\",\"server\":\"" + wm.baseUrl() + "/lp\",\"ts\":\"1\"}}")));
        wm.stubFor(get(urlPathEqualTo("/lp")).withQueryParam("act", equalTo("a_check"))
                .withQueryParam("key", equalTo("k1")).withQueryParam("ts", equalTo("1"))
                .withQueryParam("wait", equalTo("25"))
                .willReturn(okJson("{\"ts\":\"2\",\"updates\":[{\"group_id\":" + GROUP + ",\"type\":\"message_deny\","
                        + "\"event_id\":\"lp-1\",\"v\":\"5.199\",\"object\":{\"user_id\":1}}]}")));
        UpdateSource source = platform(wm).groupId(GROUP).build().updateSource(UpdateNeeds.everything());
        List<String> delivered = new CopyOnWriteArrayList<>();

        source.run(update -> {
            delivered.add(update.updateId().orElseThrow());
            source.stop();
        });

        assertThat(source).isInstanceOf(VkLongPoll.class);
        assertThat(source.platform()).isEqualTo(PlatformId.VK);
        assertThat(delivered).containsExactly("lp-1");
        assertThat(calls(wm, "groups.getLongPollServer")).hasSize(1);
        TokenLeakCheck.scan("toString", source.toString());
    }

    @Test
    void theSourceNeedsTheCommunityId() {
        VkPlatform vk = platform(wm).build();

        assertThat(thrown(IllegalStateException.class, () -> vk.updateSource(UpdateNeeds.everything())))
                .hasMessageContaining("groupId");
        thrown(NullPointerException.class, () -> platform(wm).groupId(GROUP).build().updateSource(null));
    }

    static Stream<Arguments> eventTypes() {
        return Stream.of(
                arguments(Set.of(), List.of()),
                arguments(Set.of(IGNORED, CHAT_MIGRATED), List.of()),
                arguments(Set.of(MESSAGE), List.of("message_new")),
                arguments(Set.of(BUTTON_PRESS), List.of("message_new", "message_event")),
                arguments(Set.of(MEMBERSHIP), List.of("message_new", "message_allow", "message_deny", "group_join",
                        "group_leave")),
                arguments(Set.of(UpdateKind.values()), List.of("message_new", "message_event", "message_allow",
                        "message_deny", "group_join", "group_leave")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void eventTypes(Set<UpdateKind> kinds, List<String> expected) {
        assertThat(VkLongPoll.eventTypes(new UpdateNeeds(kinds, false))).containsExactlyElementsOf(expected);
        assertThat(VkLongPoll.eventTypes(new UpdateNeeds(kinds, true))).containsExactlyElementsOf(expected);
    }

    @Test
    void logsOnceWhichEventTypesToEnable() {
        VkPlatform vk = platform(wm).groupId(GROUP).build();
        String log = Stderr.of(() -> vk.updateSource(new UpdateNeeds(Set.of(BUTTON_PRESS, MESSAGE), false)));

        assertThat(log.lines().filter(line -> line.contains("VK Bots Long Poll for community")))
                .singleElement().asString()
                .endsWith("INFO dev.switchboard.vk.VkPlatform - VK Bots Long Poll for community 218375169:"
                        + " the handlers need the event types message_new, message_event; enable them in the"
                        + " community's Long Poll settings (API 5.199)");
        assertThat(Stderr.of(() -> vk.updateSource(new UpdateNeeds(Set.of(IGNORED), false))))
                .contains("VK Bots Long Poll for community 218375169: the handlers need no VK event types");
    }
}
