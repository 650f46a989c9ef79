package dev.switchboard.telegram;

import static dev.switchboard.telegram.TelegramTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TelegramKeyboardReaderTest {
    private static final KeyboardFormat KEYBOARDS = TelegramPlatform.keyboards();

    private static Keyboard read(String fixture) {
        return KEYBOARDS.read(fixture("telegram/markup/" + fixture));
    }

    @Test
    void readsAnAiogramInlineMenuWithStyles() {
        assertThat(read("aiogram_inline_menu.json")).isEqualTo(Keyboard.inline()
                .row(Button.callback("👍 Yes", "vote:7:yes").withStyle(Style.POSITIVE),
                        Button.callback("👎 No", "vote:7:no").withStyle(Style.NEGATIVE))
                .row(Button.link("Rules", "https://example.com/rules"),
                        Button.webApp("Open shop", "https://shop.example.com/app"))
                .row(Button.copy("Copy promo code", "SPRING-25").withStyle(Style.PRIMARY))
                .build());
    }

    @Test
    void readsATelegramBotsReplyKeyboardWithItsOptionsAndFalseOrNullTypeKeysAsAbsent() {
        assertThat(read("telegrambots_reply.json")).isEqualTo(Keyboard.standard()
                .row(Button.text("Catalogue"), Button.text("Cart"))
                .row(Button.location("Send my location"), Button.contact("Share phone"))
                .row(Button.text("Help"))
                .oneTime().persistent().placeholder("Pick a section")
                .build());
    }

    @Test
    void readsReplyKeyboardRemove() {
        assertThat(read("remove.json")).isEqualTo(Keyboard.remove());
    }

    @Test
    void readsMarkupGivenAsAJsonStringAsInAFormParameter() {
        assertThat(read("as_string.json")).isEqualTo(Keyboard.inline()
                .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no")).build());
    }

    @Test
    void readsOldStyleReplyButtonsGivenAsPlainStrings() {
        assertThat(KEYBOARDS.read("{\"keyboard\":[[\"A\",\"B\"]]}"))
                .isEqualTo(Keyboard.standard().row(Button.text("A"), Button.text("B")).build());
    }

    static Stream<Keyboard> roundTrips() {
        return Stream.of(
                Keyboard.inline()
                        .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                                Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
                        .row(Button.link("Rules", "https://example.com/rules").withStyle(Style.PRIMARY))
                        .row(Button.webApp("App", "https://app.example.com"), Button.copy("Copy", "code"))
                        .build(),
                Keyboard.standard()
                        .row(Button.text("Catalogue"), Button.text("Cart").withStyle(Style.PRIMARY))
                        .row(Button.location("Where"), Button.contact("Phone"), Button.webApp("App", "https://a.example.com"))
                        .oneTime().persistent().placeholder("Pick one")
                        .build(),
                Keyboard.standard().row(Button.text("Only")).build(),
                Keyboard.remove());
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void neutralToTelegramJsonAndBackIsTheSameKeyboard(Keyboard keyboard) {
        assertThat(KEYBOARDS.read(KEYBOARDS.write(keyboard))).isEqualTo(keyboard);
    }

    @Test
    void everyInlineKindTheModelLacksIsKeptInPlaceAndReportedWithItsPathOnBothPlatforms() {
        Keyboard keyboard = read("unrepresentable_inline.json");

        assertThat(keyboard.rows().get(0)).containsExactly(
                Button.unrepresentable(PlatformId.TELEGRAM, "login_url", "Log in"));
        ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules());
        assertThat(report.forPlatform(PlatformId.TELEGRAM).violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        tuple("rows[0][0]", ViolationCode.NOT_REPRESENTABLE),
                        tuple("rows[1][0]", ViolationCode.NOT_REPRESENTABLE),
                        tuple("rows[1][1]", ViolationCode.NOT_REPRESENTABLE),
                        tuple("rows[2][0]", ViolationCode.NOT_REPRESENTABLE),
                        tuple("rows[3][0]", ViolationCode.NOT_REPRESENTABLE),
                        tuple("rows[4][0]", ViolationCode.NOT_REPRESENTABLE),
                        tuple("rows[5][0].payload", ViolationCode.PAYLOAD_TOO_LONG));
        assertThat(report.forPlatform(PlatformId.TELEGRAM).violations().get(0).message()).isEqualTo(
                "Telegram login_url buttons cannot be carried by the neutral model; no platform can be sent it");
        assertThat(report.forPlatform(PlatformId.TELEGRAM).violations())
                .extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("switch_inline_query_chosen_chat"))
                .anySatisfy(m -> assertThat(m).contains("callback_game"))
                .anySatisfy(m -> assertThat(m).contains("Telegram pay buttons"));
    }

    @Test
    void everyReplyKindTheModelLacksIsReportedAndTheRestStillChecked() {
        ValidationReport report = Validator.validate(read("unrepresentable_reply.json"), TelegramPlatform.rules());

        assertThat(report.violations()).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(
                        tuple("rows[0][0]", ViolationCode.NOT_REPRESENTABLE,
                                "Telegram request_users buttons cannot be carried by the neutral model; no platform can be sent it"),
                        tuple("rows[1][0]", ViolationCode.NOT_REPRESENTABLE,
                                "Telegram request_chat buttons cannot be carried by the neutral model; no platform can be sent it"),
                        tuple("rows[2][0]", ViolationCode.NOT_REPRESENTABLE,
                                "Telegram request_poll buttons cannot be carried by the neutral model; no platform can be sent it"));
    }

    @Test
    void theWriterRefusesAKeyboardWithAnUnrepresentableButton() {
        Keyboard keyboard = read("unrepresentable_reply.json");

        assertThatThrownBy(() -> KEYBOARDS.write(keyboard))
                .isInstanceOf(dev.switchboard.core.validate.KeyboardRejectedException.class);
    }

    @Test
    void anUnknownButtonFieldIsAnInputErrorNamingItsLineColumnAndPath() {
        assertThatThrownBy(() -> read("unknown_field.json"))
                .isInstanceOf(LayoutException.class)
                .hasMessage("line 4, column 21 at inline_keyboard[0][1].callback_dta: unknown field \"callback_dta\" for an"
                        + " inline keyboard button; expected text, style and one of callback_data, callback_game,"
                        + " copy_text, login_url, pay, switch_inline_query, switch_inline_query_chosen_chat,"
                        + " switch_inline_query_current_chat, url, web_app");
    }

    @Test
    void anUnknownMarkupFieldIsAnInputError() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"inline_keyboard\":[],\"resize\":true}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageStartingWith("line 1, column 23 at resize: unknown field \"resize\"");
    }

    @Test
    void replyOptionsOnAnInlineMarkupAreAnInputError() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"inline_keyboard\":[],\"one_time_keyboard\":true}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("at one_time_keyboard: \"one_time_keyboard\" is a field of a ReplyKeyboardMarkup,"
                        + " not of an InlineKeyboardMarkup");
    }

    @Test
    void selectiveTrueIsAnInputErrorBecauseTheModelCannotCarryIt() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"keyboard\":[[\"A\"]],\"selective\":true}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("at selective: \"selective\": true");
    }

    @Test
    void twoTypeKeysOnOneButtonAreAnInputError() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"inline_keyboard\":[[{\"text\":\"a\",\"url\":\"https://a.io\","
                + "\"callback_data\":\"x\"}]]}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("at inline_keyboard[0][0].callback_data: a button has one type field; found url"
                        + " and callback_data");
    }

    @Test
    void aButtonWithoutTextIsAnInputErrorAtTheButton() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"inline_keyboard\":[[{\"callback_data\":\"x\"}]]}"))
                .isInstanceOf(LayoutException.class)
                .hasMessage("line 1, column 22 at inline_keyboard[0][0]: missing required field \"text\"");
    }

    @Test
    void malformedJsonAndDuplicateKeysAreInputErrors() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"inline_keyboard\":[[{\"text\":\"a\",}]]}"))
                .isInstanceOf(LayoutException.class).hasMessage("line 1, column 34 at inline_keyboard[0][0]: "
                        + "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start "
                        + "field name");
        assertThatThrownBy(() -> KEYBOARDS.read("{\"keyboard\":[],\"keyboard\":[]}"))
                .isInstanceOf(LayoutException.class).hasMessage("line 1, column 26 at keyboard: duplicate key \"keyboard\"");
    }
}
