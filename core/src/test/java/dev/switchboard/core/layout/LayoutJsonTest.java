package dev.switchboard.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutJsonTest {

    @Test
    void readsEveryKindAndOption() throws IOException {
        Keyboard keyboard = readFixture("every-kind.json");

        assertThat(keyboard).isEqualTo(new Keyboard(KeyboardType.INLINE, List.of(
                List.of(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                        Button.text("Menu", "menu").withStyle(Style.PRIMARY),
                        Button.text("Plain")),
                List.of(Button.link("Rules", "https://example.com/rules"),
                        Button.location(),
                        Button.location("Where").withStyle(Style.SECONDARY)),
                List.of(Button.contact("Phone"),
                        new AppButton("Shop", Optional.of("https://shop.example.com"), OptionalLong.of(6543210),
                                OptionalLong.of(-123), Optional.of("start"), Style.DEFAULT),
                        new AppButton("Bare", Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                                Optional.empty(), Style.DEFAULT)),
                List.of(Button.pay("action=transfer-to-group&group_id=1&aid=10"),
                        Button.copy("Code", "PROMO-42").withStyle(Style.NEGATIVE))),
                true, true, Optional.of("Pick one")));
    }

    @Test
    void writeThenReadGivesTheSameKeyboard() throws IOException {
        Keyboard keyboard = readFixture("every-kind.json");

        assertThat(LayoutJson.read(LayoutJson.write(keyboard))).isEqualTo(keyboard);
        Keyboard remove = Keyboard.remove();
        assertThat(LayoutJson.write(remove)).isEqualTo("{\"type\":\"remove\"}");
        assertThat(LayoutJson.read(LayoutJson.write(remove))).isEqualTo(remove);
    }

    @Test
    void keepsOverLimitContentForTheValidators() {
        String longLabel = "ж".repeat(100);
        Keyboard keyboard = LayoutJson.read("{\"type\":\"standard\",\"rows\":[[],[{\"kind\":\"callback\",\"label\":\""
                + longLabel + "\"}]]}");

        assertThat(keyboard.rows().get(0)).isEmpty();
        assertThat(keyboard.rows().get(1)).containsExactly(Button.callback(longLabel, ""));
    }

    @Test
    void readsRemoveLayout() {
        assertThat(LayoutJson.read("{\"type\":\"remove\"}")).isEqualTo(Keyboard.remove());
    }

    @Test
    void readsFromAFileAndAStream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vote.json");
        java.nio.file.Files.writeString(file, "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"callback\",\"label\":\"Да\","
                + "\"payload\":\"vote:да\"}]]}");

        Keyboard fromFile = LayoutJson.read(file);
        Keyboard fromStream = LayoutJson.read(new ByteArrayInputStream(java.nio.file.Files.readAllBytes(file)));

        assertThat(fromFile).isEqualTo(fromStream);
        assertThat(fromFile.rows().get(0).get(0).label()).isEqualTo("Да");
    }

    @Test
    void missingFileNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> LayoutJson.read(missing)).isInstanceOf(LayoutException.class)
                .hasMessageContaining("cannot read " + missing);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = "{\n  \"type\": \"inline\",\n  \"rows\": [[ {\"kind\": \"callback\" \"label\": \"x\"} ]]\n}";

        assertThatThrownBy(() -> LayoutJson.read(json)).isInstanceOfSatisfying(LayoutException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(34);
            assertThat(e.path()).contains("rows[0][0]");
            assertThat(e.getMessage()).isEqualTo("line 3, column 34 at rows[0][0]: malformed JSON: Unexpected character "
                    + "('\"' (code 34)): was expecting comma to separate Object entries");
        });
    }

    @Test
    void unknownKindIsAnInputErrorWithPath() {
        String json = "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"callback\",\"label\":\"a\",\"payload\":\"a\"},"
                + "{\"kind\":\"poll\",\"label\":\"b\"}]]}";

        assertThatThrownBy(() -> LayoutJson.read(json)).isInstanceOfSatisfying(LayoutException.class, e -> {
            assertThat(e.path()).contains("rows[0][1].kind");
            assertThat(e.getMessage()).isEqualTo("line 1, column 74 at rows[0][1].kind: unknown kind \"poll\"; "
                    + "expected one of callback, text, link, location, contact, app, pay, copy");
        });
    }

    @Test
    void unknownButtonFieldIsAnInputError() {
        String json = "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"link\",\"label\":\"a\",\"payload\":\"x\"}]]}";

        assertThatThrownBy(() -> LayoutJson.read(json)).isInstanceOf(LayoutException.class)
                .hasMessageEndingWith("at rows[0][0].payload: unknown field \"payload\" for a link button; "
                        + "expected kind, label, style, url");
    }

    @Test
    void emptyOrDottedButtonFieldNameIsQuotedInThePath() {
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"text\",\"\":1}]]}"))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("at rows[0][0][\"\"]: unknown field \"\" for a text button");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"text\",\"a.b\":\"x\"}]]}"))
                .hasMessageContaining("at rows[0][0][\"a.b\"]: unknown field \"a.b\"");
    }

    @Test
    void unknownKeyboardFieldIsAnInputError() {
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"colour\":\"red\",\"rows\":[]}"))
                .isInstanceOf(LayoutException.class)
                .hasMessage("line 1, column 18 at $: unknown field \"colour\"; expected one of type, oneTime, "
                        + "persistent, placeholder, rows");
    }

    @Test
    void wrongValueTypesAreInputErrors() {
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"text\",\"label\":5}]]}"))
                .hasMessageContaining("rows[0][0].label: expected a string for \"label\", found a number");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"oneTime\":\"yes\",\"rows\":[]}"))
                .hasMessageContaining("at oneTime: expected true or false for \"oneTime\", found a string");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[{\"kind\":\"text\"}]}"))
                .hasMessageContaining("at rows[0]: expected an array of buttons, found an object");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"app\",\"appId\":\"7\"}]]}"))
                .hasMessageContaining("at rows[0][0].appId: expected an integer for \"appId\", found a string");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"text\",\"label\":null}]]}"))
                .hasMessageContaining("found null");
        assertThatThrownBy(() -> LayoutJson.read("[]")).hasMessageContaining("expected a layout object, found an array");
    }

    @Test
    void unknownTypeAndStyleAreInputErrors() {
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"reply\",\"rows\":[]}"))
                .hasMessageContaining("at type: unknown type \"reply\"; expected inline, standard or remove");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"kind\":\"text\",\"label\":\"a\","
                + "\"style\":\"green\"}]]}"))
                .hasMessageContaining("at rows[0][0].style: unknown style \"green\"");
    }

    @Test
    void missingRequiredFieldsAreInputErrors() {
        assertThatThrownBy(() -> LayoutJson.read("{\"rows\":[]}"))
                .hasMessage("line 1, column 1 at $: missing required field \"type\" (inline, standard or remove)");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"standard\"}"))
                .hasMessageContaining("missing required field \"rows\"");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[{\"label\":\"a\"}]]}"))
                .hasMessageContaining("at rows[0][0]: missing required field \"kind\"");
    }

    @Test
    void removeLayoutTakesNoOtherField() {
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"remove\",\"rows\":[]}"))
                .hasMessageContaining("a \"remove\" layout has no field but \"type\"; found rows");
    }

    @Test
    void duplicateKeysEmptyInputAndTrailingContentAreInputErrors() {
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"type\":\"standard\",\"rows\":[]}"))
                .hasMessage("line 1, column 24 at type: duplicate key \"type\"");
        assertThatThrownBy(() -> LayoutJson.read("")).isInstanceOf(LayoutException.class)
                .hasMessageContaining("expected a layout object, found the end of the input");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"remove\"} {}"))
                .hasMessageContaining("unexpected content after the layout object");
        assertThatThrownBy(() -> LayoutJson.read("{\"type\":\"inline\",\"rows\":[[")).isInstanceOf(LayoutException.class)
                .hasMessage("line 1, column 27 at rows[0]: truncated JSON: Unexpected end-of-input: expected close marker "
                        + "for Array");
    }

    private static Keyboard readFixture(String name) throws IOException {
        try (InputStream in = LayoutJsonTest.class.getResourceAsStream("/layout/" + name)) {
            return LayoutJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
