package dev.switchboard.vk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.vk.VkTestSupport.all;
import static dev.switchboard.vk.VkTestSupport.assertForm;
import static dev.switchboard.vk.VkTestSupport.calls;
import static dev.switchboard.vk.VkTestSupport.fixture;
import static dev.switchboard.vk.VkTestSupport.form;
import static dev.switchboard.vk.VkTestSupport.platform;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.validate.AnswerRejectedException;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** messages.send, messages.edit and messages.sendMessageEventAnswer: request shapes and the messenger's memory. */
@ExtendWith(TokenLeakCheck.class)
class VkMessengerTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final long CHAT = 2000000001L;
    private static final Keyboard VOTE = Keyboard.inline()
            .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                    Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
            .build();
    private static final Keyboard UNDO = Keyboard.inline().row(Button.callback("Undo", "vote:undo")).build();

    private Messenger messenger;

    @BeforeEach
    void stubs() {
        messenger = platform(wm).build().messenger();
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).willReturn(okJson(fixture("send_peer_ids_ok.json"))));
        wm.stubFor(post(urlPathEqualTo("/method/messages.edit")).willReturn(okJson("{\"response\":1}")));
        wm.stubFor(post(urlPathEqualTo("/method/messages.sendMessageEventAnswer"))
                .willReturn(okJson(fixture("send_message_event_answer_ok.json"))));
    }

    @Test
    void sendsTextToPeerIdsWithARandomIdAndReturnsTheConversationMessageId() {
        MessageRef sent = messenger.send(CHAT, "Hello, 世界 & co");

        assertThat(sent).isEqualTo(MessageRef.of(PlatformId.VK, CHAT, 42));
        String randomId = assertForm(calls(wm, "messages.send").get(0), "requests/send_text.json");
        assertThat(Integer.parseInt(randomId)).isPositive();
        assertThat(messenger.platform()).isEqualTo(PlatformId.VK);
    }

    @Test
    void sendsTheKeyboardAsTheWritersJsonText() {
        messenger.send(CHAT, "Do you like it?", VOTE);

        LoggedRequest request = calls(wm, "messages.send").get(0);
        assertForm(request, "requests/send_inline.json");
        assertThat(form(request).get("keyboard")).isEqualTo(VkPlatform.keyboards().write(VOTE));
    }

    @Test
    void reusesTheRandomIdOnEveryRetry() {
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).inScenario("retry").whenScenarioStateIs(
                Scenario.STARTED).willSetStateTo("busy").willReturn(okJson(fixture("error_6_too_many_requests.json"))));
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).inScenario("retry").whenScenarioStateIs("busy")
                .willSetStateTo("down").willReturn(okJson("<html>")));
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).inScenario("retry").whenScenarioStateIs("down")
                .willReturn(okJson(fixture("send_peer_ids_ok.json"))));

        messenger.send(CHAT, "Once");

        List<LoggedRequest> attempts = calls(wm, "messages.send");
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> form(r).get("random_id")).containsOnly(form(attempts.get(0))
                .get("random_id"));
    }

    @Test
    void rejectsATextOver9000CharactersBeforeAnyRequest() {
        assertThatThrownBy(() -> messenger.send(CHAT, "a".repeat(9001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VK takes a message text of 1–9000 characters; this one has 9001");
        assertThatThrownBy(() -> messenger.edit(MessageRef.of(PlatformId.VK, CHAT, 42), Optional.of(""),
                KeyboardChange.remove())).isInstanceOf(IllegalArgumentException.class);
        assertThat(calls(wm, "messages.send")).isEmpty();
        assertThat(calls(wm, "messages.edit")).isEmpty();
    }

    @Test
    void sendsATextOfExactly9000Characters() {
        messenger.send(CHAT, "a".repeat(9000));

        assertThat(calls(wm, "messages.send")).hasSize(1);
    }

    @Test
    void eachSendHasItsOwnRandomId() {
        messenger.send(CHAT, "One");
        messenger.send(CHAT, "Two");

        List<LoggedRequest> sends = calls(wm, "messages.send");
        assertThat(form(sends.get(0)).get("random_id")).isNotEqualTo(form(sends.get(1)).get("random_id"));
    }

    @Test
    void rejectsAnInvalidKeyboardBeforeAnyRequest() {
        Keyboard sixInARow = Keyboard.inline().row(Button.callback("1", "1"), Button.callback("2", "2"),
                Button.callback("3", "3"), Button.callback("4", "4"), Button.callback("5", "5"),
                Button.callback("6", "6")).build();

        thrown(KeyboardRejectedException.class, () -> messenger.send(CHAT, "Too wide", sixInARow));
        thrown(KeyboardRejectedException.class, () -> messenger.edit(MessageRef.of(PlatformId.VK, CHAT, 42),
                Optional.of("Too wide"), KeyboardChange.replace(sixInARow)));

        assertThat(all(wm)).isEmpty();
    }

    @Test
    void anErrorEntryInTheSendResponseIsAVkApiException() {
        wm.stubFor(post(urlPathEqualTo("/method/messages.send")).willReturn(okJson(fixture("send_peer_ids_error.json"))));

        VkApiException error = thrown(VkApiException.class, () -> messenger.send(612512941L, "Hi"));

        assertThat(error.errorCode()).isEqualTo(901);
        assertThat(error.description()).isEqualTo("Can't send messages for users without permission");
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(error).hasMessage("VK messages.send failed with 901: Can't send messages for users without"
                + " permission");
    }

    @Test
    void editsWithNewTextAndANewKeyboard() {
        messenger.edit(MessageRef.of(PlatformId.VK, CHAT, 42), Optional.of("Thanks!"), KeyboardChange.replace(UNDO));

        assertForm(calls(wm, "messages.edit").get(0), "requests/edit_replace.json");
    }

    @Test
    void keepReSendsTheRememberedTextAndKeyboard() {
        MessageRef sent = messenger.send(CHAT, "Do you like it?", VOTE);

        messenger.edit(sent, Optional.empty(), KeyboardChange.keep());

        assertForm(calls(wm, "messages.edit").get(0), "requests/edit_keep.json");
    }

    @Test
    void removeSendsAnEmptyInlineKeyboardWithTheRememberedText() {
        MessageRef sent = messenger.send(CHAT, "Do you like it?", VOTE);

        messenger.edit(sent, Optional.empty(), KeyboardChange.remove());
        messenger.edit(sent, Optional.empty(), KeyboardChange.keep());

        List<LoggedRequest> edits = calls(wm, "messages.edit");
        assertForm(edits.get(0), "requests/edit_remove.json");
        assertThat(form(edits.get(1))).doesNotContainKey("keyboard").containsEntry("message", "Do you like it?");
    }

    @Test
    void editsRememberTheLatestTextAndKeyboard() {
        MessageRef sent = messenger.send(CHAT, "Do you like it?", VOTE);

        messenger.edit(sent, Optional.of("Thanks!"), KeyboardChange.replace(UNDO));
        messenger.edit(sent, Optional.empty(), KeyboardChange.keep());

        List<LoggedRequest> edits = calls(wm, "messages.edit");
        assertThat(form(edits.get(1))).isEqualTo(form(edits.get(0)));
    }

    @Test
    void keepOmitsTheKeyboardOfAnUnknownMessage() {
        messenger.edit(MessageRef.of(PlatformId.VK, CHAT, 7), Optional.of("New text"), KeyboardChange.keep());

        assertForm(calls(wm, "messages.edit").get(0), "requests/edit_keep_unknown.json");
    }

    @Test
    void aStandardKeyboardIsNotReSentByAnEdit() {
        MessageRef sent = messenger.send(CHAT, "Menu", Keyboard.standard().row(Button.text("Help")).build());

        messenger.edit(sent, Optional.of("Menu!"), KeyboardChange.keep());

        assertThat(form(calls(wm, "messages.edit").get(0))).doesNotContainKey("keyboard");
    }

    @Test
    void editWithoutTextOfAnUnknownMessageSaysVkNeedsTheText() {
        IllegalStateException error = thrown(IllegalStateException.class,
                () -> messenger.edit(MessageRef.of(PlatformId.VK, CHAT, 7), Optional.empty(), KeyboardChange.keep()));

        assertThat(error).hasMessageContaining("VK needs the message text").hasMessageContaining("message 7 in chat "
                + CHAT);
        assertThat(all(wm)).isEmpty();
    }

    @Test
    void editsThePressedMessage() {
        messenger.edit(press(), Optional.of("Thanks!"), KeyboardChange.replace(UNDO));

        assertForm(calls(wm, "messages.edit").get(0), "requests/edit_replace.json");
    }

    @Test
    void answersWithTheAnswerWritersParameters() {
        messenger.answer(press(), PressAnswer.toast("Voted"));

        assertForm(calls(wm, "messages.sendMessageEventAnswer").get(0), "requests/answer_toast.json");
    }

    @Test
    void rejectsAnInvalidAnswerBeforeAnyRequest() {
        thrown(AnswerRejectedException.class, () -> messenger.answer(press(), PressAnswer.toast("x".repeat(91))));

        assertThat(all(wm)).isEmpty();
    }

    @Test
    void takesAnEventRefusedOnAResendAfterAGarbledReplyAsAnswered() {
        stubAnswerSequence(aResponse().withStatus(200).withBody("}{ not json"),
                okJson(fixture("error_100_event_answered.json")));

        messenger.answer(press(), PressAnswer.toast("Voted"));

        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(2);
    }

    @Test
    void keepsResendingAnAnswerBeyondThePolicysAttemptsWhileTheEventLasts() {
        stubAnswerSequence(5, aResponse().withStatus(502).withBody("<html>bad gateway</html>"),
                okJson(fixture("send_message_event_answer_ok.json")));

        messenger.answer(press(), PressAnswer.toast("Voted"));

        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(6);
    }

    @Test
    void anEventRefusedOnTheFirstAttemptIsAFailure() {
        wm.stubFor(post(urlPathEqualTo("/method/messages.sendMessageEventAnswer"))
                .willReturn(okJson(fixture("error_100_event_answered.json"))));

        VkApiException e = thrown(VkApiException.class, () -> messenger.answer(press(), PressAnswer.none()));

        assertThat(e.errorCode()).isEqualTo(100);
        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(1);
    }

    @Test
    void doesNotResendAnAnswerOnceTheEventHasExpired() {
        stubAnswerSequence(aResponse().withStatus(200).withBody("}{ not json"),
                okJson(fixture("send_message_event_answer_ok.json")));

        TransportException e = thrown(TransportException.class,
                () -> messenger.answer(press(), PressAnswer.none(), Duration.ofSeconds(61)));

        assertThat(e.getMessage()).contains("unreadable response");
        assertThat(calls(wm, "messages.sendMessageEventAnswer")).hasSize(1);
    }

    /** sendMessageEventAnswer answers {@code first}, then {@code then} to every later request. */
    private static void stubAnswerSequence(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        stubAnswerSequence(1, first, then);
    }

    /** sendMessageEventAnswer answers {@code first} {@code times} times, then {@code then} to every later request. */
    private static void stubAnswerSequence(int times, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            wm.stubFor(post(urlPathEqualTo("/method/messages.sendMessageEventAnswer")).inScenario("answer")
                    .whenScenarioStateIs(state).willSetStateTo("after " + i).willReturn(first));
            state = "after " + i;
        }
        wm.stubFor(post(urlPathEqualTo("/method/messages.sendMessageEventAnswer")).inScenario("answer")
                .whenScenarioStateIs(state).willReturn(then));
    }

    @Test
    void toStringHidesTheToken() {
        assertThat(messenger.toString()).startsWith("VkMessenger[client=VkClient[apiUrl=")
                .doesNotContain(VkTestSupport.TOKEN);
        TokenLeakCheck.scan("messenger", messenger.toString());
    }

    private static ButtonPress press() {
        return new ButtonPress(PlatformId.VK, Optional.of("lp-1"), "ev1", 612512941L, OptionalLong.of(CHAT),
                OptionalLong.of(42), Optional.empty(), Optional.of("vote:yes"), true, PressSource.CALLBACK,
                RawJson.of("{}"));
    }
}
