package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.layout.LayoutJson;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The markup's MTProto size, which Telegram limits ({@code REPLY_MARKUP_TOO_LONG}), and the
 * keyboards of public reports on each side of the limit (fixtures under
 * {@code telegram/markup-size/}; what each one is: docs/validation.md, last section).
 */
class TelegramMarkupSizeTest {

    // ---- the TL layout ----

    @ParameterizedTest
    @CsvSource({"0, 4", "1, 4", "3, 4", "4, 8", "64, 68", "252, 256", "253, 256", "254, 260", "1000, 1004"})
    void aStringIsItsUtf8BytesAfterALengthPrefixPaddedToFourBytes(int length, long expected) {
        assertThat(TelegramMarkupSize.string("a".repeat(length))).isEqualTo(expected);
    }

    @Test
    void countsUtf8BytesNotCharacters() {
        assertThat(TelegramMarkupSize.string("ж")).isEqualTo(4);        // 1 + 2
        assertThat(TelegramMarkupSize.string("жжж")).isEqualTo(8);      // 1 + 6, padded
        assertThat(TelegramMarkupSize.string("👍")).isEqualTo(8);       // 1 + 4, padded
    }

    @Test
    void aButtonIsConstructorFlagsStyleTextAndItsOneString() {
        assertThat(TelegramMarkupSize.button(Button.callback("Yes", "vote:yes"))).isEqualTo(4 + 4 + 4 + 12);
        assertThat(TelegramMarkupSize.button(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE)))
                .isEqualTo(4 + 4 + 8 + 4 + 12);
        assertThat(TelegramMarkupSize.button(Button.callback("Yes", "vote:yes").withStyle(Style.SECONDARY)))
                .as("SECONDARY is written as no style").isEqualTo(4 + 4 + 4 + 12);
        assertThat(TelegramMarkupSize.button(Button.link("Go", "https://example.com"))).isEqualTo(4 + 4 + 4 + 20);
        assertThat(TelegramMarkupSize.button(Button.webApp("App", "https://example.com"))).isEqualTo(4 + 4 + 4 + 20);
        assertThat(TelegramMarkupSize.button(Button.copy("Copy", "code"))).isEqualTo(4 + 4 + 8 + 8);
        assertThat(TelegramMarkupSize.button(Button.text("Menu"))).isEqualTo(4 + 4 + 8);
        assertThat(TelegramMarkupSize.button(Button.location("Where"))).isEqualTo(4 + 4 + 8);
        assertThat(TelegramMarkupSize.button(Button.contact("Phone"))).isEqualTo(4 + 4 + 8);
    }

    @Test
    void aKeyboardAddsItsConstructorAndAVectorHeaderPerRowAndForTheRows() {
        Keyboard inline = Keyboard.inline().row(Button.callback("a", "1")).row(Button.callback("b", "2"),
                Button.callback("c", "3")).build();
        Keyboard standard = Keyboard.standard().row(Button.text("a")).placeholder("Pick one").build();

        assertThat(TelegramMarkupSize.bytes(inline)).isEqualTo(4 + 8 + (12 + 16) + (12 + 16 + 16));
        assertThat(TelegramMarkupSize.bytes(standard)).isEqualTo(4 + 4 + 8 + (12 + 12) + 12);
        assertThat(TelegramMarkupSize.bytes(Keyboard.remove())).isEqualTo(8);
    }

    // ---- the limit, on the reports' keyboards ----

    @ParameterizedTest(name = "{0}: {1} buttons, JSON {2} bytes, MTProto {3} bytes")
    @CsvSource({
            "refused-ptb-5104-99-buttons-64-byte-data,        99, 9641,  8088",
            "refused-tginfo-187-100-buttons-60-char-labels,   100, 10189, 8820",
            "refused-boundary-98-buttons-64-byte-data,        98, 9544,  8008"})
    void refusesTheReportedKeyboardsThatAreUnderTheJsonLimit(String fixture, int buttons, long json, long wire) {
        Keyboard keyboard = fixture(fixture);

        assertThat(keyboard.buttonCount()).isEqualTo(buttons);
        assertThat(TelegramKeyboardWriter.markupBytes(keyboard)).isEqualTo(json).isLessThanOrEqualTo(10_240);
        assertThat(TelegramMarkupSize.bytes(keyboard)).isEqualTo(wire);
        // The tginfo report gives every button the same callback_data: DUPLICATE_PAYLOAD warnings, as sent.
        assertThat(validate(keyboard).errors()).containsExactly(Violation.of(
                PlatformId.TELEGRAM, "$", ViolationCode.MARKUP_TOO_LONG, 8_000, wire,
                "reply_markup is " + wire + " bytes as Telegram's servers receive it (MTProto); Telegram allows"
                        + " 8000 (\"reply markup is too long\")"));
    }

    @ParameterizedTest(name = "{0}: {1} buttons, JSON {2} bytes, MTProto {3} bytes")
    @CsvSource({
            "accepted-tginfo-187-100-buttons-50-char-labels,  100, 9189, 7620",
            "accepted-ptb-5104-99-buttons-own-data,           99, 3692,  2112",
            "accepted-boundary-97-buttons-64-byte-data,       97, 9447,  7928"})
    void acceptsTheKeyboardsKnownOrModelledToPass(String fixture, int buttons, long json, long wire) {
        Keyboard keyboard = fixture(fixture);

        assertThat(keyboard.buttonCount()).isEqualTo(buttons);
        assertThat(TelegramKeyboardWriter.markupBytes(keyboard)).isEqualTo(json);
        assertThat(TelegramMarkupSize.bytes(keyboard)).isEqualTo(wire);
        assertThat(validate(keyboard).errors()).isEmpty();
        assertThat(TelegramPlatform.keyboards().write(keyboard)).hasSize((int) json);
    }

    @Test
    void theWriterRefusesAReportedKeyboardWithTheValidatorsReport() {
        Keyboard keyboard = fixture("refused-ptb-5104-99-buttons-64-byte-data");

        assertThatThrownBy(() -> TelegramPlatform.keyboards().write(keyboard))
                .isInstanceOfSatisfying(KeyboardRejectedException.class,
                        e -> assertThat(e.report()).isEqualTo(validate(keyboard)));
    }

    @Test
    void oneHundredButtonsWith64ByteCallbackDataAreRefusedWhateverTheLabels() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            buttons.add(Button.callback("a", "%064d".formatted(i)));
        }
        Keyboard shortest = Keyboard.inline().arrange(buttons, 8).build();

        // 100 × (4 + 4 + 4 + 68) + 13 rows × 12 + 12: over 8 000 before any label grows.
        assertThat(TelegramMarkupSize.bytes(shortest)).isEqualTo(8_168);
        assertThat(validate(shortest).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.MARKUP_TOO_LONG);
    }

    @Test
    void measuresStandardKeyboardsToo() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            buttons.add(Button.text("%020d".formatted(i)));
        }
        Keyboard standard = Keyboard.standard().arrange(buttons, 12).build();

        // 300 × (4 + 4 + 24) + 25 rows × 12 + 16
        assertThat(TelegramMarkupSize.bytes(standard)).isEqualTo(9_916);
        assertThat(validate(standard).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.MARKUP_TOO_LONG);
    }

    private static ValidationReport validate(Keyboard keyboard) {
        return Validator.validate(keyboard, TelegramPlatform.rules());
    }

    static Keyboard fixture(String name) {
        try (InputStream in = TelegramMarkupSizeTest.class.getResourceAsStream("/telegram/markup-size/" + name
                + ".json")) {
            assertThat(in).as(name).isNotNull();
            return LayoutJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
