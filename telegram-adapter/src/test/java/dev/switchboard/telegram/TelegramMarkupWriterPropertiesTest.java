package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The direct writer is the Jackson generator's output, character for character, and measures the
 * markup exactly as the size rules do; the writer's verdict is the validator's. Seeded, so CI is
 * reproducible.
 */
class TelegramMarkupWriterPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Characters JSON escapes, Cyrillic, CJK, an emoji's surrogate pair, lone surrogates, U+2028/9, DEL, '/'. */
    private static final char[] AWKWARD = {'\u0000', '\u0001', '\b', '\t', '\n', '\u000b', '\f', '\r', '\u001f',
        '"', '\\', '/', '\u007f', '\u0080', 'é', 'ж', 'Ё', '中', '\u2028', '\u2029', '\ud83e', '\udd94', '\uffff'};

    @Property(tries = 1000, seed = "20261203")
    void writesWhatJacksonsGeneratorWrites(@ForAll("keyboards") Keyboard keyboard) throws Exception {
        TelegramMarkupWriter written = TelegramMarkupWriter.write(keyboard, 16);
        String expected = JacksonMarkup.write(keyboard);

        assertThat(written.markup()).isEqualTo(expected);
        if (!hasUnpairedSurrogate(expected)) {
            assertThat(MAPPER.readTree(written.markup())).isEqualTo(MAPPER.readTree(expected));
        }
    }

    @Property(tries = 1000, seed = "20261204")
    void measuresTheJsonAndTheMtprotoSizeAsTheRulesDo(@ForAll("keyboards") Keyboard keyboard) {
        TelegramMarkupWriter written = TelegramMarkupWriter.write(keyboard, 16);

        assertThat(written.utf8Bytes()).isEqualTo(written.markup().getBytes(StandardCharsets.UTF_8).length);
        assertThat(written.wireBytes()).isEqualTo(TelegramMarkupSize.bytes(keyboard));
    }

    @Property(tries = 1000, seed = "20261205")
    void writesExactlyTheKeyboardsTheValidatorPassesAndThrowsItsReport(@ForAll("keyboards") Keyboard keyboard) {
        ValidationReport report;
        try {
            report = Validator.validate(keyboard, TelegramPlatform.rules());
        } catch (IllegalArgumentException unmeasurable) {
            // The validator refuses to measure a payload with an unpaired surrogate; so does the writer.
            assertThatThrownBy(() -> TelegramPlatform.keyboards().write(keyboard))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(unmeasurable.getMessage());
            return;
        }
        if (report.isValid()) {
            assertThat(TelegramPlatform.keyboards().write(keyboard)).isEqualTo(JacksonMarkup.write(keyboard));
        } else {
            KeyboardRejectedException rejected = catchThrowableOfType(KeyboardRejectedException.class,
                    () -> TelegramPlatform.keyboards().write(keyboard));
            assertThat(rejected).isNotNull();
            assertThat(rejected.report()).isEqualTo(report);
        }
    }

    @Test
    void escapesControlCharactersAsJacksonDoesWithUpperCaseHex() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("\u001f\u0000\n\"\\/\u2028", "x")).build();

        assertThat(TelegramMarkupWriter.write(keyboard, 0).markup())
                .isEqualTo("{\"inline_keyboard\":[[{\"text\":\"\\u001F\\u0000\\n\\\"\\\\/\u2028\","
                        + "\"callback_data\":\"x\"}]]}");
    }

    @Test
    void growsItsBufferForLongEscapedStrings() {
        String quotes = "\"".repeat(5_000);
        Keyboard keyboard = Keyboard.inline().row(Button.callback(quotes, "\u0001".repeat(100))).build();

        assertThat(TelegramMarkupWriter.write(keyboard, 1).markup()).isEqualTo(JacksonMarkup.write(keyboard));
    }

    /** Every kind and style, both keyboard types and every option, with strings mixing plain and awkward characters. */
    @Provide
    Arbitrary<Keyboard> keyboards() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars(AWKWARD).ofMaxLength(12),
                Arbitraries.strings().withChars("Привет 👍🦔 ok".toCharArray()).ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(70),
                Arbitraries.of("https://example.com/a?b=c", "tg://resolve?domain=x", "http://x", ""));
        Arbitrary<Style> style = Arbitraries.of(Style.class);
        Arbitrary<Button> button = Combinators.combine(Arbitraries.integers().between(0, 9), text, text, style)
                .as((kind, label, value, s) -> button(kind, label, value).withStyle(s));
        Arbitrary<List<List<Button>>> rows = button.list().ofMaxSize(9).list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.of(KeyboardType.class), rows, Arbitraries.integers().between(0, 7),
                text).as(TelegramMarkupWriterPropertiesTest::keyboard);
    }

    private static Button button(int kind, String label, String value) {
        return switch (kind) {
            case 0, 1 -> Button.callback(label, value);
            case 2 -> Button.text(label);
            case 3 -> Button.link(label, value);
            case 4 -> Button.location(label);
            case 5 -> Button.contact(label);
            case 6 -> value.isEmpty() ? new AppButton(label, Optional.empty(), OptionalLong.of(1), OptionalLong.of(2),
                    Optional.empty(), Style.DEFAULT) : Button.webApp(label, value);
            case 7 -> Button.copy(label, value);
            case 8 -> Button.pay(value);
            default -> Button.unrepresentable(PlatformId.TELEGRAM, value.isEmpty() ? "login_url" : value, label);
        };
    }

    private static Keyboard keyboard(KeyboardType type, List<List<Button>> rows, int options, String placeholder) {
        if (type == KeyboardType.REMOVE) {
            return Keyboard.remove();
        }
        KeyboardBuilder builder = Keyboard.builder(type);
        rows.forEach(builder::row);
        builder.oneTime((options & 1) != 0).persistent((options & 2) != 0);
        if ((options & 4) != 0) {
            builder.placeholder(placeholder);
        }
        return builder.build();
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
