package dev.switchboard.vk;

import static dev.switchboard.core.validate.ViolationCode.ANSWER_DEGRADED;
import static dev.switchboard.core.validate.ViolationCode.ANSWER_TEXT_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.FIELD_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.INVALID_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VkAnswerWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AnswerWriter WRITER = VkPlatform.answers();
    private static final ButtonPress PRESS = new ButtonPress(PlatformId.VK, Optional.of("e7f1c2a9b0"), "feleyinek",
            612512941L, OptionalLong.of(2000000094L), OptionalLong.of(1234), Optional.empty(), Optional.of("vote:yes"),
            true, PressSource.CALLBACK, RawJson.of("{}"));

    @Test
    void isOneSharedWriterWithVkRules() {
        AnswerRules rules = WRITER.rules();

        assertThat(VkPlatform.answers()).isSameAs(WRITER);
        assertThat(rules.platform()).isEqualTo(PlatformId.VK);
        assertThat(rules.supported()).isEqualTo(EnumSet.allOf(AnswerKind.class));
        assertThat(rules.degraded()).containsExactly(AnswerKind.ALERT);
        assertThat(rules.maxTextLength()).isEqualTo(90);
    }

    @Test
    void noAnswerSendsOnlyTheIdsInOrder() {
        Map<String, Object> params = WRITER.write(PRESS, PressAnswer.none());

        assertThat(params).containsExactly(Map.entry("event_id", "feleyinek"), Map.entry("user_id", 612512941L),
                Map.entry("peer_id", 2000000094L));
        assertThat(params.get("user_id")).isInstanceOf(Long.class);
        assertThat(params.get("peer_id")).isInstanceOf(Long.class);
    }

    @Test
    void toastIsASnackbar() throws IOException {
        Map<String, Object> params = WRITER.write(PRESS, PressAnswer.toast("Saved \"ok\" ✓"));

        assertThat(params.keySet()).containsExactly("event_id", "user_id", "peer_id", "event_data");
        assertThat(params).containsEntry("event_id", "feleyinek").containsEntry("user_id", 612512941L)
                .containsEntry("peer_id", 2000000094L);
        assertThat(eventData(params)).isEqualTo(tree("{\"type\":\"show_snackbar\",\"text\":\"Saved \\\"ok\\\" ✓\"}"));
    }

    @Test
    void emptyToastSendsNoEventData() {
        assertThat(WRITER.write(PRESS, PressAnswer.toast(""))).containsOnlyKeys("event_id", "user_id", "peer_id");
        assertThat(WRITER.write(PRESS, PressAnswer.alert(""))).containsOnlyKeys("event_id", "user_id", "peer_id");
    }

    @Test
    void alertIsShownAsASnackbarWithAWarning() throws IOException {
        ValidationReport report = Validator.validate(PressAnswer.alert("Out of stock"), WRITER.rules());

        assertThat(report.isValid()).isTrue();
        assertThat(Found.in(report)).containsExactly(Found.of("$", ANSWER_DEGRADED));
        assertThat(eventData(WRITER.write(PRESS, PressAnswer.alert("Out of stock"))))
                .isEqualTo(tree("{\"type\":\"show_snackbar\",\"text\":\"Out of stock\"}"));
    }

    @Test
    void openLink() throws IOException {
        Map<String, Object> params = WRITER.write(PRESS, PressAnswer.openLink("https://example.com/a?b=1&c=ж"));

        assertThat(params.keySet()).containsExactly("event_id", "user_id", "peer_id", "event_data");
        assertThat(eventData(params))
                .isEqualTo(tree("{\"type\":\"open_link\",\"link\":\"https://example.com/a?b=1&c=ж\"}"));
    }

    @Test
    void openAppWithOwnerAndHash() throws IOException {
        Map<String, Object> params = WRITER.write(PRESS, PressAnswer.openApp(6232540, -218375169, "item=5"));

        assertThat(eventData(params)).isEqualTo(
                tree("{\"type\":\"open_app\",\"app_id\":6232540,\"owner_id\":-218375169,\"hash\":\"item=5\"}"));
    }

    @Test
    void openAppAlone() throws IOException {
        assertThat(eventData(WRITER.write(PRESS, PressAnswer.openApp(6232540))))
                .isEqualTo(tree("{\"type\":\"open_app\",\"app_id\":6232540}"));
    }

    @Test
    void cacheTimeIsIgnored() {
        PressAnswer cached = PressAnswer.toast("Hi").withCacheTime(Duration.ofMinutes(5));

        assertThat(WRITER.write(PRESS, cached)).isEqualTo(WRITER.write(PRESS, PressAnswer.toast("Hi")));
    }

    @Test
    void ninetyCharactersPass() throws IOException {
        String text = "ж".repeat(90);

        assertThat(eventData(WRITER.write(PRESS, PressAnswer.toast(text))).get("text").asText()).isEqualTo(text);
    }

    @Test
    void ninetyOneCharactersAreRejected() {
        AnswerRejectedException rejected = catchThrowableOfType(
                () -> WRITER.write(PRESS, PressAnswer.toast("x".repeat(91))), AnswerRejectedException.class);

        assertThat(Found.in(rejected.report())).containsExactly(Found.of("text", ANSWER_TEXT_TOO_LONG, 90, 91));
    }

    @Test
    void ninetyOneCharacterAlertHasBothTheWarningAndTheError() {
        AnswerRejectedException rejected = catchThrowableOfType(
                () -> WRITER.write(PRESS, PressAnswer.alert("x".repeat(91))), AnswerRejectedException.class);

        assertThat(Found.in(rejected.report())).containsExactly(Found.of("$", ANSWER_DEGRADED),
                Found.of("text", ANSWER_TEXT_TOO_LONG, 90, 91));
    }

    @Test
    void eventDataOver1000CharactersIsRejected() {
        String url = "https://example.com/" + "a".repeat(1000);
        int length = ("{\"type\":\"open_link\",\"link\":\"" + url + "\"}").length();

        AnswerRejectedException rejected = catchThrowableOfType(
                () -> WRITER.write(PRESS, PressAnswer.openLink(url)), AnswerRejectedException.class);

        assertThat(Found.in(rejected.report())).containsExactly(Found.of("$", FIELD_TOO_LONG, 1000, length));
    }

    @Test
    void eventDataOfExactly1000CharactersPasses() {
        String prefix = "https://example.com/";
        String url = prefix + "a".repeat(1000 - "{\"type\":\"open_link\",\"link\":\"\"}".length() - prefix.length());

        Map<String, Object> params = WRITER.write(PRESS, PressAnswer.openLink(url));

        assertThat((String) params.get("event_data")).hasSize(1000);
    }

    @Test
    void eventDataCountsEscapes() {
        String text = "\"".repeat(90);

        assertThat((String) WRITER.write(PRESS, PressAnswer.toast(text)).get("event_data"))
                .hasSize("{\"type\":\"show_snackbar\",\"text\":\"\"}".length() + 180);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "/relative", "ftp://example.com/f", "tg://resolve?domain=x",
        "https://", "http://exa mple.com"})
    void linkMustBeAnAbsoluteHttpUrl(String url) {
        AnswerRejectedException rejected = catchThrowableOfType(
                () -> WRITER.write(PRESS, PressAnswer.openLink(url)), AnswerRejectedException.class);

        assertThat(Found.in(rejected.report())).containsExactly(Found.of("url", INVALID_URL));
    }

    @Test
    void validationReportsEveryProblemWithoutWriting() {
        assertThat(Found.in(Validator.validate(PressAnswer.openLink("ftp://x/" + "a".repeat(1000)), WRITER.rules())))
                .containsExactly(Found.of("url", INVALID_URL), Found.of("$", FIELD_TOO_LONG, 1000, 1038));
    }

    @Test
    void pressFromAnotherPlatformOrWithoutChatIsACallerError() {
        ButtonPress telegram = new ButtonPress(PlatformId.TELEGRAM, Optional.of("1"), "q", 1, OptionalLong.of(1),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), true, PressSource.CALLBACK, RawJson.of("{}"));
        ButtonPress noChat = new ButtonPress(PlatformId.VK, Optional.of("1"), "q", 1, OptionalLong.empty(),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), true, PressSource.CALLBACK, RawJson.of("{}"));

        assertThatIllegalArgumentException().isThrownBy(() -> WRITER.write(telegram, PressAnswer.none()));
        assertThatIllegalArgumentException().isThrownBy(() -> WRITER.write(noChat, PressAnswer.none()));
    }

    @Test
    void writesForAPressReadFromASample() {
        ButtonPress press = (ButtonPress) VkPlatform.updates().read(VkSamples.bytes("message_event_string_payload.json"));

        assertThat(WRITER.write(press, PressAnswer.none())).isEqualTo(Map.of("event_id", "a1b2c3d4e5f6",
                "user_id", 612512941L, "peer_id", 612512941L));
        assertThat(List.copyOf(WRITER.write(press, PressAnswer.toast("ok")).keySet()))
                .containsExactly("event_id", "user_id", "peer_id", "event_data");
    }

    @Test
    void writesACheckedRequestAsItWritesThePressAndAnswer() {
        PressAnswer answer = PressAnswer.openApp(51, -7, "top");

        assertThat(WRITER.write(WRITER.request(PRESS, answer))).isEqualTo(WRITER.write(PRESS, answer));
    }

    @Test
    void aCheckedRequestIsWrittenWithoutCheckingItAgain() throws IOException {
        AnswerRules looser = new AnswerRules(PlatformId.VK, EnumSet.allOf(AnswerKind.class),
                EnumSet.noneOf(AnswerKind.class), 1_000, List.of());
        AnswerRequest request = AnswerRequest.of(PRESS, PressAnswer.toast("x".repeat(120)), looser);

        assertThat(eventData(WRITER.write(request)).path("text").asText()).isEqualTo("x".repeat(120));
    }

    private static JsonNode eventData(Map<String, Object> params) throws IOException {
        assertThat(params.get("event_data")).isInstanceOf(String.class);
        return tree((String) params.get("event_data"));
    }

    private static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }
}
