package dev.switchboard.vk;

import static dev.switchboard.core.validate.ViolationCode.DUPLICATE_PAYLOAD;
import static dev.switchboard.core.validate.ViolationCode.LABEL_EMPTY;
import static dev.switchboard.core.validate.ViolationCode.OPTION_IGNORED;
import static dev.switchboard.core.validate.ViolationCode.OPTION_UNSUPPORTED;
import static dev.switchboard.core.validate.ViolationCode.STYLE_IGNORED;
import static dev.switchboard.core.validate.ViolationCode.UNSUPPORTED_BUTTON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VkKeyboardWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final KeyboardWriter WRITER = VkPlatform.keyboards();

    @Test
    void isOneSharedWriterUsingVkRules() {
        assertThat(VkPlatform.keyboards()).isSameAs(WRITER);
        assertThat(WRITER.rules()).isSameAs(VkPlatform.rules());
    }

    @Test
    void writesAnInlineVoteWithColoursAndALink() throws IOException {
        Keyboard vote = Keyboard.inline()
                .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                        Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
                .row(Button.link("Rules", "https://example.com/rules"))
                .build();

        assertThat(tree(WRITER.write(vote))).isEqualTo(fixture("inline_vote.json"));
    }

    @Test
    void writesAOneTimeStandardMenu() throws IOException {
        Keyboard menu = Keyboard.standard()
                .row(Button.text("Catalogue", "menu:catalogue").withStyle(Style.PRIMARY),
                        Button.text("Cart", "menu:cart"))
                .row(Button.text("Help").withStyle(Style.SECONDARY))
                .row(Button.location())
                .oneTime()
                .build();

        assertThat(tree(WRITER.write(menu))).isEqualTo(fixture("standard_menu.json"));
    }

    @Test
    void writesEverySupportedKind() throws IOException {
        AppButton appWithoutHash = new AppButton("App", Optional.empty(), OptionalLong.of(7), OptionalLong.of(1),
                Optional.empty(), Style.DEFAULT);
        Keyboard all = Keyboard.standard()
                .row(Button.callback("Say", "say \"привет\" \\ 👋"),
                        Button.text("Текст", "t:1").withStyle(Style.NEGATIVE))
                .row(Button.link("Docs", "http://example.com/docs?a=1&b=2"))
                .row(Button.location("Ignored by VK"))
                .row(Button.vkApp("Open app", 6232540, 123456, "shop/item=5"))
                .row(appWithoutHash)
                .row(Button.pay("action=transfer-to-group&group_id=1&aid=10"))
                .build();

        assertThat(tree(WRITER.write(all))).isEqualTo(fixture("all_kinds.json"));
    }

    @Test
    void writesTheRemoveKeyboard() throws IOException {
        assertThat(tree(WRITER.write(Keyboard.remove()))).isEqualTo(fixture("remove.json"));
    }

    @Test
    void writesCompactJsonInVkKeyOrder() {
        Keyboard inline = Keyboard.inline().row(Button.callback("Yes", "y").withStyle(Style.PRIMARY)).build();
        Keyboard standard = Keyboard.standard().row(Button.text("Hi")).build();

        assertThat(WRITER.write(inline)).isEqualTo("{\"inline\":true,\"buttons\":[[{\"action\":{\"type\":\"callback\","
                + "\"label\":\"Yes\",\"payload\":\"{\\\"p\\\":\\\"y\\\"}\"},\"color\":\"primary\"}]]}");
        assertThat(WRITER.write(standard)).isEqualTo("{\"one_time\":false,\"inline\":false,"
                + "\"buttons\":[[{\"action\":{\"type\":\"text\",\"label\":\"Hi\"}}]]}");
        assertThat(WRITER.write(Keyboard.remove())).isEqualTo("{\"buttons\":[],\"one_time\":true}");
    }

    @Test
    void writesThePayloadAsAnEscapedJsonStringThatDecodesBack() throws IOException {
        String payload = "say \"hi\" \\ {\"p\":1} ✓";
        Keyboard keyboard = Keyboard.inline().row(Button.callback("Say", payload)).build();

        JsonNode written = tree(WRITER.write(keyboard)).at("/buttons/0/0/action/payload");

        assertThat(written.isTextual()).isTrue();
        assertThat(written.textValue()).isEqualTo(VkPlatform.encodePayload(payload));
        assertThat(tree(written.textValue()).get("p").textValue()).isEqualTo(payload);
        assertThat(VkPlatform.decodePayload(written.textValue())).isEqualTo(payload);
    }

    @Test
    void writesAnEmptyCallbackPayloadAsAnEnvelope() throws IOException {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("Ping", "")).build();

        assertThat(tree(WRITER.write(keyboard)).at("/buttons/0/0/action/payload").textValue())
                .isEqualTo("{\"p\":\"\"}");
    }

    @Test
    void rejectsAnInvalidKeyboardWithTheFullReport() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("", "x"), Button.link("Docs", "https://vk.com").withStyle(Style.PRIMARY))
                .row(Button.contact("Phone"))
                .oneTime()
                .build();

        KeyboardRejectedException rejected =
                catchThrowableOfType(KeyboardRejectedException.class, () -> WRITER.write(keyboard));

        assertThat(rejected).isNotNull();
        assertThat(rejected.report()).isEqualTo(Validator.validate(keyboard, VkPlatform.rules()));
        assertThat(Found.in(rejected.report())).containsExactly(
                Found.of("oneTime", OPTION_UNSUPPORTED),
                Found.of("rows[0][0].label", LABEL_EMPTY),
                Found.of("rows[0][1].style", STYLE_IGNORED),
                Found.of("rows[1][0]", UNSUPPORTED_BUTTON));
        assertThat(rejected).hasMessageStartingWith("rejected with 3 errors: vk oneTime OPTION_UNSUPPORTED");
    }

    @Test
    void writesAKeyboardWithOnlyWarnings() throws IOException {
        Keyboard keyboard = Keyboard.standard()
                .row(Button.link("Docs", "https://vk.com").withStyle(Style.PRIMARY))
                .row(Button.callback("A", "same"), Button.callback("B", "same"))
                .persistent()
                .placeholder("Pick")
                .build();
        assertThat(Found.in(keyboard)).containsExactly(
                Found.of("persistent", OPTION_IGNORED),
                Found.of("placeholder", OPTION_IGNORED),
                Found.of("rows[0][0].style", STYLE_IGNORED),
                Found.of("rows[1][1].payload", DUPLICATE_PAYLOAD));

        JsonNode written = tree(WRITER.write(keyboard));

        assertThat(written.at("/buttons/0/0").has("color")).isFalse();
        assertThat(written.at("/buttons/0/0/action/link").textValue()).isEqualTo("https://vk.com");
        assertThat(written.at("/buttons/1").size()).isEqualTo(2);
        assertThat(written.has("persistent")).isFalse();
        assertThat(written.has("placeholder")).isFalse();
    }

    private static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = VkKeyboardWriterTest.class.getResourceAsStream("/vk/" + name)) {
            assertThat(in).as("fixture vk/%s", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
