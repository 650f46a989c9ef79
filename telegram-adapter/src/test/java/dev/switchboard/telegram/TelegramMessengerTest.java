package dev.switchboard.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.telegram.TelegramTestSupport.error;
import static dev.switchboard.telegram.TelegramTestSupport.fixture;
import static dev.switchboard.telegram.TelegramTestSupport.ok;
import static dev.switchboard.telegram.TelegramTestSupport.path;
import static dev.switchboard.telegram.TelegramTestSupport.platform;
import static dev.switchboard.telegram.TelegramTestSupport.sent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.KeyboardChange;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.testing.RecordingListener;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.validate.AnswerRejectedException;
import dev.switchboard.core.validate.KeyboardRejectedException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request shapes and semantics of send, edit and answer. */
class TelegramMessengerTest {
    @RegisterExtension
    static final TokenLeakCheck LEAKS = new TokenLeakCheck();
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Keyboard AGAIN = Keyboard.inline().row(Button.callback("Again", "again")).build();
    private static final MessageRef MESSAGE = MessageRef.of(PlatformId.TELEGRAM, 42, 7);

    private final RecordingListener listener = new RecordingListener();
    private Messenger messenger;

    @BeforeEach
    void setUp() {
        messenger = platform(wm).listener(listener).build().messenger();
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(sent(42, 7)));
        wm.stubFor(post(urlPathMatching(".*/editMessage(Text|ReplyMarkup)")).willReturn(ok("true")));
        wm.stubFor(post(urlPathEqualTo(path("answerCallbackQuery"))).willReturn(ok("true")));
    }

    // ---- send ----

    @Test
    void sendsPlainText() {
        MessageRef sent = messenger.send(42, "Hello");

        assertThat(sent).isEqualTo(MessageRef.of(PlatformId.TELEGRAM, 42, 7));
        verifyBody("sendMessage", "send_plain.json");
    }

    @Test
    void sendsInlineKeyboardAsNestedObject() {
        messenger.send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());

        verifyBody("sendMessage", "send_inline.json");
    }

    @Test
    void sendsStandardKeyboard() {
        messenger.send(42, "Menu", Keyboard.standard().row(Button.text("Catalogue"), Button.text("Cart")).build());

        verifyBody("sendMessage", "send_standard.json");
    }

    @Test
    void rejectsInvalidKeyboardBeforeAnyRequest() {
        Keyboard tooLong = Keyboard.inline().row(Button.callback("Big", "x".repeat(65))).build();

        Throwable e = LEAKS.thrown(() -> messenger.send(42, "Hi", tooLong));

        assertThat(e).isInstanceOf(KeyboardRejectedException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void sendsATextOfExactly4096Characters() {
        messenger.send(42, "a".repeat(4096));

        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void rejectsATextOver4096CharactersBeforeAnyRequest() {
        Throwable e = LEAKS.thrown(() -> messenger.send(42, "a".repeat(4097)));

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Telegram takes a message text of 1–4096 characters; this one has 4097");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void rejectsAnEmptyTextAndAnOverlongEditBeforeAnyRequest() {
        assertThat(LEAKS.thrown(() -> messenger.send(42, ""))).isInstanceOf(IllegalArgumentException.class);
        assertThat(LEAKS.thrown(() -> messenger.edit(MESSAGE, Optional.of("a".repeat(4097)), KeyboardChange.remove())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4097");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void migratedGroupIsRetriedOnceOnTheNewChatAndReported() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("-4012345678")))
                .willReturn(error(400, "telegram/error_400_migrated.json")));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("-1004012345678")))
                .willReturn(sent(-1004012345678L, 11)));

        MessageRef sent = messenger.send(-4012345678L, "Hello");

        assertThat(sent).isEqualTo(MessageRef.of(PlatformId.TELEGRAM, -1004012345678L, 11));
        verifyBody("sendMessage", "send_plain_migrated.json");
        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
        assertThat(listener.migrations).containsExactly(new ChatMigrated(PlatformId.TELEGRAM, Optional.empty(),
                -4012345678L, -1004012345678L, RawJson.of(fixture("telegram/error_400_migrated.json"))));
    }

    @Test
    void migrationIsRetriedOnlyOnce() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).willReturn(error(400, "telegram/error_400_migrated.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger.send(-4012345678L, "Hello"));

        assertThat(e.migrateToChatId()).hasValue(-1004012345678L);
        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
    }

    @Test
    void migrationReachesAnAddedListenerOnceAfterTheBuildersListener() {
        stubMigration();
        RecordingListener added = new RecordingListener();
        TelegramPlatform telegram = platform(wm).listener(listener).build();
        telegram.addListener(added);

        MessageRef sent = telegram.messenger().send(-4012345678L, "Hello");

        assertThat(sent).isEqualTo(MessageRef.of(PlatformId.TELEGRAM, -1004012345678L, 11));
        ChatMigrated expected = new ChatMigrated(PlatformId.TELEGRAM, Optional.empty(), -4012345678L,
                -1004012345678L, RawJson.of(fixture("telegram/error_400_migrated.json")));
        assertThat(listener.migrations).containsExactly(expected);
        assertThat(added.migrations).containsExactly(expected);
        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("sendMessage"))));
    }

    @Test
    void aThrowingListenerKeepsNeitherTheSendNorTheOtherListenersFromGoingOn() {
        stubMigration();
        SwitchboardListener throwing = new SwitchboardListener() {
            @Override
            public void chatMigrated(ChatMigrated migrated) {
                throw new IllegalStateException("listener bug");
            }
        };
        RecordingListener last = new RecordingListener();
        TelegramPlatform telegram = platform(wm).listener(throwing).build();
        telegram.addListener(throwing);
        telegram.addListener(last);

        MessageRef sent = telegram.messenger().send(-4012345678L, "Hello");

        assertThat(sent).isEqualTo(MessageRef.of(PlatformId.TELEGRAM, -1004012345678L, 11));
        assertThat(last.migrations).singleElement().extracting(ChatMigrated::toChatId).isEqualTo(-1004012345678L);
    }

    @Test
    void addedListenersHearEveryOtherReportToo() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"))
                .willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage"))).inScenario("5xx").whenScenarioStateIs("up")
                .willReturn(sent(42, 9)));
        RecordingListener added = new RecordingListener();
        TelegramPlatform telegram = platform(wm).listener(listener).build();
        telegram.addListener(added);

        telegram.messenger().send(42, "Hello");

        assertThat(listener.events).containsExactly("retrying sendMessage after attempt 1");
        assertThat(added.events).containsExactly("retrying sendMessage after attempt 1");
    }

    @Test
    void refusesANullAddedListener() {
        TelegramPlatform telegram = platform(wm).build();

        assertThat(LEAKS.thrown(() -> telegram.addListener(null))).isInstanceOf(NullPointerException.class);
    }

    private static void stubMigration() {
        wm.stubFor(post(urlPathEqualTo(path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("-4012345678")))
                .willReturn(error(400, "telegram/error_400_migrated.json")));
        wm.stubFor(post(urlPathEqualTo(path("sendMessage")))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("-1004012345678")))
                .willReturn(sent(-1004012345678L, 11)));
    }

    // ---- edit ----

    @Test
    void editTextKeepsTheKeyboardThisMessengerSent() {
        MessageRef sent = messenger.send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());

        messenger.edit(sent, Optional.of("Counted"), KeyboardChange.keep());

        verifyBody("editMessageText", "edit_text_keep.json");
    }

    @Test
    void editTextKeepsAReplacedKeyboard() {
        messenger.edit(MESSAGE, Optional.empty(), KeyboardChange.replace(TelegramKeyboardWriterTest.inlineVote()));

        messenger.edit(MESSAGE, Optional.of("Counted"), KeyboardChange.keep());

        verifyBody("editMessageText", "edit_text_keep.json");
    }

    @Test
    void keepOnAnUnknownMessageRefusesRatherThanDropTheKeyboard() {
        Throwable e = LEAKS.thrown(() -> messenger.edit(MESSAGE, Optional.of("Counted"), KeyboardChange.keep()));

        assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("no keyboard is known for message 7 in"
                + " chat 42, and Telegram drops an inline keyboard an edit does not re-send; use edit(press, …) with a"
                + " press on that message, KeyboardChange.replace(keyboard), or KeyboardChange.remove() if it has"
                + " none");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void keepWithoutTextSendsNothing() {
        messenger.edit(MESSAGE, Optional.empty(), KeyboardChange.keep());

        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void editTextRemovesTheKeyboardByOmittingIt() {
        messenger.send(42, "Vote?", TelegramKeyboardWriterTest.inlineVote());

        messenger.edit(MESSAGE, Optional.of("Closed"), KeyboardChange.remove());

        verifyBody("editMessageText", "edit_text_remove.json");
        LEAKS.thrown(() -> messenger.edit(MESSAGE, Optional.of("Again"), KeyboardChange.keep()));
    }

    @Test
    void editTextReplacesTheKeyboard() {
        messenger.edit(MESSAGE, Optional.of("Again?"), KeyboardChange.replace(AGAIN));

        verifyBody("editMessageText", "edit_text_replace.json");
    }

    @Test
    void editMarkupReplacesTheKeyboard() {
        messenger.edit(MESSAGE, Optional.empty(), KeyboardChange.replace(AGAIN));

        verifyBody("editMessageReplyMarkup", "edit_markup_replace.json");
    }

    @Test
    void editMarkupRemovesWithAnEmptyInlineKeyboard() {
        messenger.edit(MESSAGE, Optional.empty(), KeyboardChange.remove());

        verifyBody("editMessageReplyMarkup", "edit_markup_remove.json");
    }

    @Test
    void replacementKeyboardIsValidatedBeforeAnyRequest() {
        Keyboard tooLong = Keyboard.inline().row(Button.callback("Big", "x".repeat(65))).build();

        Throwable e = LEAKS.thrown(() -> messenger.edit(MESSAGE, Optional.of("x"), KeyboardChange.replace(tooLong)));

        assertThat(e).isInstanceOf(KeyboardRejectedException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void editsAnInlineModeMessage() {
        MessageRef inline = MessageRef.inline(PlatformId.TELEGRAM, "AgAAAPx0AQCzYg2xMlX9mA");

        messenger.edit(inline, Optional.of("Thanks"), KeyboardChange.replace(AGAIN));

        verifyBody("editMessageText", "edit_inline_message.json");
    }

    @Test
    void keepFromAPressResendsTheMessagesKeyboardVerbatim() {
        String update = fixture("telegram/callback_query.json");
        ButtonPress press = (ButtonPress) TelegramPlatform.updates().read(update);

        messenger.edit(press, Optional.of("Pressed"), KeyboardChange.keep());

        verifyBody("editMessageText", "edit_keep_from_press.json");
        String markup = update.substring(update.indexOf("{\"inline_keyboard\""), update.indexOf("]]}") + 3);
        wm.verify(postRequestedFor(urlPathEqualTo(path("editMessageText")))
                .withRequestBody(containing("\"reply_markup\":" + markup)));
    }

    @Test
    void keepFromAPressWithoutMessageFallsBackToTheRememberedKeyboard() {
        ButtonPress press = (ButtonPress) TelegramPlatform.updates()
                .read(fixture("telegram/callback_query_inline_message.json"));
        MessageRef inline = MessageRef.inline(PlatformId.TELEGRAM, "AgAAAPx0AQCzYg2xMlX9mA");
        messenger.edit(inline, Optional.empty(), KeyboardChange.replace(AGAIN));
        wm.resetRequests();

        messenger.edit(press, Optional.of("Thanks"), KeyboardChange.keep());

        verifyBody("editMessageText", "edit_inline_message.json");
    }

    @Test
    void keepFromAPressWithNothingKnownRefuses() {
        ButtonPress press = (ButtonPress) TelegramPlatform.updates()
                .read(fixture("telegram/callback_query_inline_message.json"));

        Throwable e = LEAKS.thrown(() -> messenger.edit(press, Optional.of("Thanks"), KeyboardChange.keep()));

        assertThat(e).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no keyboard is known for inline message AgAAAPx0AQCzYg2xMlX9mA");
    }

    @Test
    void notModifiedIsSuccess() {
        wm.stubFor(post(urlPathEqualTo(path("editMessageText")))
                .willReturn(error(400, "telegram/error_400_not_modified.json")));

        messenger.edit(MESSAGE, Optional.of("Same"), KeyboardChange.remove());

        wm.verify(exactly(1), postRequestedFor(urlPathEqualTo(path("editMessageText"))));
    }

    @Test
    void otherEditErrorsAreThrown() {
        wm.stubFor(post(urlPathEqualTo(path("editMessageReplyMarkup"))).willReturn(error(400,
                "telegram/error_400_button_data_invalid.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() ->
                messenger.edit(MESSAGE, Optional.empty(), KeyboardChange.remove()));

        assertThat(e.getMessage()).isEqualTo("Telegram editMessageReplyMarkup failed with 400: Bad Request:"
                + " BUTTON_DATA_INVALID");
    }

    // ---- answer ----

    @Test
    void answersWithAnAlert() {
        messenger.answer(press(), PressAnswer.alert("Saved").withCacheTime(Duration.ofSeconds(5)));

        verifyBody("answerCallbackQuery", "answer_alert.json");
    }

    @Test
    void answersWithAToast() {
        messenger.answer(press(), PressAnswer.toast("Saved"));

        verifyBody("answerCallbackQuery", "answer_toast.json");
    }

    @Test
    void answersWithNothing() {
        messenger.answer(press(), PressAnswer.none());

        verifyBody("answerCallbackQuery", "answer_none.json");
    }

    @Test
    void rejectsInvalidAnswerBeforeAnyRequest() {
        Throwable e = LEAKS.thrown(() -> messenger.answer(press(), PressAnswer.toast("x".repeat(201))));

        assertThat(e).isInstanceOf(AnswerRejectedException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void lateAnswerSurfacesTelegramsError() {
        wm.stubFor(post(urlPathEqualTo(path("answerCallbackQuery")))
                .willReturn(error(400, "telegram/error_400_query_too_old.json")));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() ->
                messenger.answer(press(), PressAnswer.none()));

        assertThat(e.description()).startsWith("Bad Request: query is too old");
        LEAKS.record(messenger);
    }

    @Test
    void retriesAnAnswerWhoseReplyWasGarbled() {
        stubAnswerSequence(garbled(), ok("true"));

        messenger.answer(press(), PressAnswer.toast("Saved"));

        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    @Test
    void takesQueryTooOldOnARetryAfterAGarbledReplyAsAnswered() {
        stubAnswerSequence(garbled(), error(400, "telegram/error_400_query_too_old.json"));

        messenger.answer(press(), PressAnswer.toast("Saved"));

        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    @Test
    void takesQueryTooOldOnARetryAfterADroppedConnectionAsAnswered() {
        stubAnswerSequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                error(400, "telegram/error_400_query_too_old.json"));

        messenger.answer(press(), PressAnswer.none());

        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    @Test
    void takesQueryTooOldOnARetryAfterA502PageAsAnswered() {
        stubAnswerSequence(aResponse().withStatus(502).withBody("<html>bad gateway</html>"),
                error(400, "telegram/error_400_query_too_old.json"));

        messenger.answer(press(), PressAnswer.none());

        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    @Test
    void queryTooOldAfterAttemptsThatWereOnlyRefusedIsStillAFailure() {
        stubAnswerSequence(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 0\","
                                + "\"parameters\":{\"retry_after\":0}}"),
                error(400, "telegram/error_400_query_too_old.json"));

        TelegramApiException e = (TelegramApiException) LEAKS.thrown(() -> messenger.answer(press(), PressAnswer.none()));

        assertThat(e.errorCode()).isEqualTo(400);
        assertThat(e.description()).startsWith("Bad Request: query is too old");
        wm.verify(exactly(2), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    @Test
    void keepsResendingAnAnswerBeyondThePolicysAttemptsWhileTheWindowLasts() {
        stubAnswerSequence(5, garbled(), ok("true"));

        messenger.answer(press(), PressAnswer.toast("Saved"));

        wm.verify(exactly(6), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    @Test
    void doesNotResendAnAnswerOnceThePressesWindowHasClosed() {
        stubAnswerSequence(garbled(), ok("true"));

        Throwable e = LEAKS.thrown(() -> messenger.answer(press(), PressAnswer.none(), Duration.ofSeconds(11)));

        assertThat(e).isInstanceOf(TransportException.class)
                .hasMessageContaining("unreadable response");
        wm.verify(exactly(1), postRequestedFor(urlPathEqualTo(path("answerCallbackQuery"))));
    }

    private static ResponseDefinitionBuilder garbled() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("}{ not json");
    }

    /** answerCallbackQuery answers {@code first}, then {@code then} to every later request. */
    private static void stubAnswerSequence(ResponseDefinitionBuilder first,
                                           ResponseDefinitionBuilder then) {
        stubAnswerSequence(1, first, then);
    }

    /** answerCallbackQuery answers {@code first} {@code times} times, then {@code then} to every later request. */
    private static void stubAnswerSequence(int times, ResponseDefinitionBuilder first,
                                           ResponseDefinitionBuilder then) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            wm.stubFor(post(urlPathEqualTo(path("answerCallbackQuery"))).inScenario("answer")
                    .whenScenarioStateIs(state).willReturn(first).willSetStateTo("after " + i));
            state = "after " + i;
        }
        wm.stubFor(post(urlPathEqualTo(path("answerCallbackQuery"))).inScenario("answer")
                .whenScenarioStateIs(state).willReturn(then));
    }

    private static ButtonPress press() {
        return (ButtonPress) TelegramPlatform.updates().read(fixture("telegram/callback_query.json"));
    }

    private static void verifyBody(String method, String fixture) {
        wm.verify(postRequestedFor(urlPathEqualTo(path(method)))
                .withRequestBody(equalToJson(fixture("telegram/requests/" + fixture))));
    }
}
