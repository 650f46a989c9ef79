package dev.switchboard.telegram;

import static dev.switchboard.core.PlatformId.TELEGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.AnswerKind;
import dev.switchboard.core.answer.AnswerRequest;
import dev.switchboard.core.answer.AnswerRules;
import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.validate.AnswerRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramAnswerWriterTest {
    private static final AnswerWriter WRITER = TelegramPlatform.answers();
    private static final ButtonPress PRESS = press(TELEGRAM);

    // ---- the rules as data ----

    @Test
    void publishesOneCachedWriterWithTelegramRules() {
        AnswerRules rules = WRITER.rules();

        assertThat(TelegramPlatform.answers()).isSameAs(WRITER);
        assertThat(rules.platform()).isEqualTo(TELEGRAM);
        assertThat(rules.supported())
                .isEqualTo(EnumSet.of(AnswerKind.NONE, AnswerKind.TOAST, AnswerKind.ALERT, AnswerKind.OPEN_LINK));
        assertThat(rules.degraded()).isEmpty();
        assertThat(rules.maxTextLength()).isEqualTo(200);
        assertThat(rules.checks()).hasSize(1);
    }

    // ---- parameters per kind, in order ----

    @Test
    void writesNoneAsTheQueryIdAlone() {
        assertThat(WRITER.write(PRESS, PressAnswer.none())).containsExactly(entry("callback_query_id", "q-1"));
    }

    @Test
    void writesToastText() {
        assertThat(WRITER.write(PRESS, PressAnswer.toast("Saved")))
                .containsExactly(entry("callback_query_id", "q-1"), entry("text", "Saved"));
    }

    @Test
    void leavesTextOutOfAnEmptyToast() {
        assertThat(WRITER.write(PRESS, PressAnswer.toast(""))).containsExactly(entry("callback_query_id", "q-1"));
    }

    @Test
    void writesAlertWithShowAlert() {
        assertThat(WRITER.write(PRESS, PressAnswer.alert("Out of stock")))
                .containsExactly(entry("callback_query_id", "q-1"), entry("text", "Out of stock"),
                        entry("show_alert", true));
    }

    @Test
    void writesOpenLinkUrl() {
        assertThat(WRITER.write(PRESS, PressAnswer.openLink("https://t.me/demo_switchboard_bot?start=promo")))
                .containsExactly(entry("callback_query_id", "q-1"),
                        entry("url", "https://t.me/demo_switchboard_bot?start=promo"));
    }

    @Test
    void returnsAnOrderedMapOfPlainValues() {
        Map<String, Object> parameters = WRITER.write(PRESS,
                PressAnswer.alert("a").withCacheTime(Duration.ofSeconds(5)));

        assertThat(parameters).isInstanceOf(LinkedHashMap.class);
        assertThat(parameters.get("callback_query_id")).isInstanceOf(String.class);
        assertThat(parameters.get("text")).isInstanceOf(String.class);
        assertThat(parameters.get("show_alert")).isInstanceOf(Boolean.class);
        assertThat(parameters.get("cache_time")).isInstanceOf(Integer.class);
    }

    // ---- cache_time ----

    @Test
    void writesCacheTimeLastInWholeSeconds() {
        assertThat(WRITER.write(PRESS, PressAnswer.toast("Hi").withCacheTime(Duration.ofSeconds(30))))
                .containsExactly(entry("callback_query_id", "q-1"), entry("text", "Hi"), entry("cache_time", 30));
        assertThat(WRITER.write(PRESS, PressAnswer.none().withCacheTime(Duration.ofMillis(90_900))))
                .containsExactly(entry("callback_query_id", "q-1"), entry("cache_time", 90));
        assertThat(WRITER.write(PRESS, PressAnswer.openLink("https://t.me/bot").withCacheTime(Duration.ofMinutes(1))))
                .containsExactly(entry("callback_query_id", "q-1"), entry("url", "https://t.me/bot"),
                        entry("cache_time", 60));
    }

    @Test
    void leavesOutZeroAndSubSecondCacheTime() {
        assertThat(WRITER.write(PRESS, PressAnswer.toast("Hi").withCacheTime(Duration.ZERO)))
                .doesNotContainKey("cache_time");
        assertThat(WRITER.write(PRESS, PressAnswer.toast("Hi").withCacheTime(Duration.ofMillis(999))))
                .doesNotContainKey("cache_time");
    }

    @Test
    void clampsCacheTimeToThirtyDays() {
        assertThat(WRITER.write(PRESS, PressAnswer.none().withCacheTime(Duration.ofDays(30))))
                .containsEntry("cache_time", 2_592_000);
        assertThat(WRITER.write(PRESS, PressAnswer.none().withCacheTime(Duration.ofDays(30).plusSeconds(1))))
                .containsEntry("cache_time", 2_592_000);
        assertThat(WRITER.write(PRESS, PressAnswer.none().withCacheTime(Duration.ofDays(365 * 100))))
                .containsEntry("cache_time", 2_592_000);
    }

    // ---- limits ----

    @Test
    void acceptsTwoHundredCharacters() {
        String text = "я".repeat(200);

        assertThat(WRITER.write(PRESS, PressAnswer.toast(text))).containsEntry("text", text);
        assertThat(WRITER.write(PRESS, PressAnswer.alert(text))).containsEntry("text", text);
    }

    @Test
    void rejectsTwoHundredAndOneCharacters() {
        Violation tooLong = Violation.of(TELEGRAM, "text", ViolationCode.ANSWER_TEXT_TOO_LONG, 200, 201,
                "answer text is 201 characters; Telegram allows 200");

        assertThat(rejection(PressAnswer.toast("x".repeat(201)))).containsExactly(tooLong);
        assertThat(rejection(PressAnswer.alert("x".repeat(201)))).containsExactly(tooLong);
    }

    @Test
    void rejectsOpenApp() {
        assertThat(rejection(PressAnswer.openApp(51_234_567L, 1L, "page"))).containsExactly(Violation.of(TELEGRAM,
                "$", ViolationCode.UNSUPPORTED_ANSWER, "Telegram cannot answer a press with open app"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/start", "https://telegram.org/", "https://t.me.example.com/bot",
            "https://example.com/t.me/bot", "ftp://t.me/bot", "mailto:bot@t.me", "javascript:alert(1)",
            "https://www.t.me/bot"})
    void rejectsLinksOutsideTelegram(String url) {
        assertThat(rejection(PressAnswer.openLink(url))).containsExactly(Violation.of(TELEGRAM, "url",
                ViolationCode.UNSUPPORTED_ANSWER, "Telegram opens only t.me/<bot>?start=… links (and game URLs) "
                        + "from a press, not \"" + url + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://t.me/bot?start=a b", "https://t.me/bot?start=<x>", "http://t.me:x/"})
    void rejectsUrlsThatAreNotUris(String url) {
        assertThat(rejection(PressAnswer.openLink(url))).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("url");
            assertThat(violation.code()).isEqualTo(ViolationCode.INVALID_URL);
            assertThat(violation.message()).startsWith("url is not a valid URI: ");
        });
    }

    @Test
    void rejectsEmptyUrl() {
        assertThat(rejection(PressAnswer.openLink(""))).containsExactly(Violation.of(TELEGRAM, "url",
                ViolationCode.MISSING_FIELD, "Telegram needs a url to open a link from a press"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://t.me/demo_bot?start=abc", "http://t.me/demo_bot", "https://telegram.me/demo_bot",
            "HTTPS://T.ME/demo_bot?start=x", "t.me/demo_bot?start=1", "tg://resolve?domain=demo_bot&start=1"})
    void acceptsTelegramLinks(String url) {
        assertThat(Validator.validate(PressAnswer.openLink(url), WRITER.rules()).violations()).isEmpty();
        assertThat(WRITER.write(PRESS, PressAnswer.openLink(url))).containsEntry("url", url);
    }

    @Test
    void exceptionCarriesTheValidatorsReport() {
        PressAnswer answer = PressAnswer.openLink("https://example.com");
        ValidationReport report = Validator.validate(answer, WRITER.rules());

        assertThatThrownBy(() -> WRITER.write(PRESS, answer))
                .isInstanceOfSatisfying(AnswerRejectedException.class, e -> assertThat(e.report()).isEqualTo(report))
                .hasMessageStartingWith("rejected with 1 error: telegram url UNSUPPORTED_ANSWER ");
    }

    @Test
    void refusesAPressFromAnotherPlatform() {
        assertThatIllegalArgumentException().isThrownBy(() -> WRITER.write(press(PlatformId.VK), PressAnswer.none()))
                .withMessage("press is from vk, not Telegram");
    }

    @Test
    void writesACheckedRequestAsItWritesThePressAndAnswer() {
        PressAnswer answer = PressAnswer.alert("Out of stock").withCacheTime(Duration.ofSeconds(30));

        assertThat(WRITER.write(WRITER.request(PRESS, answer))).isEqualTo(WRITER.write(PRESS, answer));
    }

    @Test
    void aCheckedRequestIsWrittenWithoutCheckingItAgain() {
        AnswerRules looser = new AnswerRules(TELEGRAM, EnumSet.of(AnswerKind.NONE, AnswerKind.TOAST),
                EnumSet.noneOf(AnswerKind.class), 1_000, List.of());
        AnswerRequest request = AnswerRequest.of(PRESS, PressAnswer.toast("x".repeat(300)), looser);

        assertThat(WRITER.write(request)).containsExactly(entry("callback_query_id", "q-1"),
                entry("text", "x".repeat(300)));
    }

    @Test
    void refusesARequestForAnotherPlatform() {
        AnswerRules vk = new AnswerRules(PlatformId.VK, EnumSet.of(AnswerKind.NONE), EnumSet.noneOf(AnswerKind.class),
                90, List.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> WRITER.write(AnswerRequest.of(press(PlatformId.VK), PressAnswer.none(), vk)))
                .withMessage("press is from vk, not Telegram");
    }

    private static List<Violation> rejection(PressAnswer answer) {
        return ((AnswerRejectedException) assertThatThrownBy(() -> WRITER.write(PRESS, answer))
                .isExactlyInstanceOf(AnswerRejectedException.class).actual()).report().violations();
    }

    private static ButtonPress press(PlatformId platform) {
        return new ButtonPress(platform, Optional.of("1"), "q-1", 5L, OptionalLong.of(5L), OptionalLong.of(6L),
                Optional.empty(), Optional.of("p"), true, PressSource.CALLBACK, RawJson.of("{}"));
    }
}
