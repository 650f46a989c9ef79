package dev.switchboard.vk;

import static dev.switchboard.vk.VkTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardFormat;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.layout.LayoutException;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VkKeyboardReaderTest {
    private static final KeyboardFormat KEYBOARDS = VkPlatform.keyboards();

    private static Keyboard read(String fixture) {
        return KEYBOARDS.read(fixture("keyboard/" + fixture));
    }

    @Test
    void readsAVkIoStandardKeyboardUnwrappingOurPayloadsAndKeepingOthersAsJsonText() {
        assertThat(read("vk_io_standard.json")).isEqualTo(Keyboard.standard()
                .row(Button.text("Catalogue", "{\"command\":\"catalogue\"}").withStyle(Style.PRIMARY),
                        Button.text("Cart", "cart").withStyle(Style.SECONDARY))
                .row(Button.location())
                .row(Button.text("Help").withStyle(Style.SECONDARY))
                .oneTime()
                .build());
    }

    @Test
    void readsAVkbottleInlineKeyboardWithEveryRepresentableKind() {
        assertThat(read("vkbottle_inline.json")).isEqualTo(Keyboard.inline()
                .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                        Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
                .row(Button.link("Rules", "https://example.com/rules"))
                .row(Button.vkApp("Shop", 6232540, -157525928, "item=42"))
                .row(Button.pay("action=transfer-to-group&group_id=1&aid=10"))
                .build());
    }

    @Test
    void readsAKeyboardGivenAsAJsonStringAsMessagesSendTakesIt() {
        assertThat(read("as_string.json")).isEqualTo(Keyboard.inline().row(Button.callback("Yes", "vote:yes")).build());
    }

    @Test
    void anEmptyStandardKeyboardIsTheRemoveKeyboard() {
        assertThat(KEYBOARDS.read("{\"buttons\":[],\"one_time\":true}")).isEqualTo(Keyboard.remove());
    }

    @Test
    void aPayloadGivenAsAnObjectIsKeptAsItsJsonText() {
        assertThat(KEYBOARDS.read("{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"callback\",\"label\":\"Go\","
                + "\"payload\":{\"command\":\"go\"}}}]]}"))
                .isEqualTo(Keyboard.inline().row(Button.callback("Go", "{\"command\":\"go\"}")).build());
    }

    static Stream<Keyboard> roundTrips() {
        return Stream.of(
                Keyboard.inline()
                        .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                                Button.callback("No", "vote \"no\"").withStyle(Style.NEGATIVE))
                        .row(Button.link("Rules", "https://example.com/rules"))
                        .row(Button.vkApp("Shop", 1, -2, ""))
                        .build(),
                Keyboard.standard()
                        .row(Button.text("Catalogue", "cat").withStyle(Style.PRIMARY), Button.text("Cart"))
                        .row(Button.location())
                        .row(Button.pay("action=pay-to-group&group_id=1"))
                        .oneTime()
                        .build(),
                Keyboard.remove());
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void neutralToVkJsonAndBackIsTheSameKeyboard(Keyboard keyboard) {
        assertThat(KEYBOARDS.read(KEYBOARDS.write(keyboard))).isEqualTo(keyboard);
    }

    @Test
    void intentsUnknownActionTypesAndPayloadsTheModelCannotHoldAreReportedWithTheirPaths() {
        Keyboard keyboard = read("unrepresentable.json");

        assertThat(Validator.validate(keyboard, VkPlatform.rules()).violations())
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(
                        tuple("rows[0][0]", ViolationCode.NOT_REPRESENTABLE,
                                "VK intent_subscribe buttons cannot be carried by the neutral model; no platform can be sent it"),
                        tuple("rows[1][0]", ViolationCode.NOT_REPRESENTABLE,
                                "VK intent_unsubscribe buttons cannot be carried by the neutral model; no platform can be sent it"),
                        tuple("rows[2][0]", ViolationCode.NOT_REPRESENTABLE,
                                "VK open_photo buttons cannot be carried by the neutral model; no platform can be sent it"),
                        tuple("rows[3][0]", ViolationCode.NOT_REPRESENTABLE,
                                "VK location with a payload buttons cannot be carried by the neutral model; no platform can be sent it"),
                        tuple("rows[4][0].label", ViolationCode.LABEL_TOO_LONG,
                                "label is 54 characters; VK allows 1–40"));
        assertThat(keyboard.rows().get(0)).containsExactly(
                Button.unrepresentable(PlatformId.VK, "intent_subscribe", "Subscribe"));
        assertThatThrownBy(() -> KEYBOARDS.write(keyboard)).isInstanceOf(KeyboardRejectedException.class);
    }

    @Test
    void anUnknownActionFieldIsAnInputErrorNamingItsPath() {
        assertThatThrownBy(() -> read("unknown_field.json"))
                .isInstanceOf(LayoutException.class)
                .hasMessage("line 1, column 107 at buttons[0][0].action.colour: unknown field \"colour\" for a callback action;"
                        + " expected type, label, payload");
    }

    @Test
    void anUnknownKeyboardFieldIsAnInputErrorWithLineAndColumn() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"buttons\":[],\n \"inlin\":true}"))
                .isInstanceOf(LayoutException.class)
                .hasMessage("line 2, column 2 at inlin: unknown field \"inlin\"; expected one of one_time, inline, buttons");
    }

    @Test
    void anUnknownColourIsAnInputError() {
        assertThatThrownBy(() -> KEYBOARDS.read("{\"buttons\":[[{\"action\":{\"type\":\"text\",\"label\":\"a\"},"
                + "\"color\":\"red\"}]]}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("at buttons[0][0].color: unknown color \"red\"");
    }
}
