package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TelegramKeyboardWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final KeyboardWriter WRITER = TelegramPlatform.keyboards();

    static Keyboard inlineVote() {
        return Keyboard.inline()
                .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                        Button.callback("No", "vote:no").withStyle(Style.NEGATIVE))
                .row(Button.link("Rules", "https://example.com/rules"))
                .build();
    }

    static Keyboard inlineAllKinds() {
        return Keyboard.inline()
                .row(Button.callback("Refresh", "refresh"), Button.link("Site", "https://example.com"))
                .row(Button.webApp("Open app", "https://app.example.com/start"), Button.copy("Copy code", "PROMO-2026"))
                .row(Button.link("Channel", "tg://resolve?domain=telegram"))
                .build();
    }

    static Keyboard standardMenu() {
        return Keyboard.standard()
                .row(Button.text("Catalogue", "menu:catalogue"), Button.text("Cart"))
                .row(Button.location("Send location"), Button.contact("Share phone"))
                .row(Button.webApp("Shop", "https://shop.example.com/app"))
                .oneTime()
                .persistent()
                .placeholder("Pick one")
                .build();
    }

    static Keyboard styles() {
        return Keyboard.inline()
                .row(Button.callback("Default", "s:default"),
                        Button.callback("Primary", "s:primary").withStyle(Style.PRIMARY),
                        Button.callback("Secondary", "s:secondary").withStyle(Style.SECONDARY),
                        Button.callback("Positive", "s:positive").withStyle(Style.POSITIVE),
                        Button.callback("Negative", "s:negative").withStyle(Style.NEGATIVE))
                .row(Button.link("Docs", "https://example.com/docs").withStyle(Style.PRIMARY),
                        Button.webApp("App", "https://app.example.com").withStyle(Style.POSITIVE),
                        Button.copy("Copy", "abc").withStyle(Style.NEGATIVE))
                .build();
    }

    static Stream<Map.Entry<String, Keyboard>> goldenFixtures() {
        return Stream.of(
                Map.entry("inline_vote.json", inlineVote()),
                Map.entry("inline_all_kinds.json", inlineAllKinds()),
                Map.entry("standard_menu.json", standardMenu()),
                Map.entry("remove.json", Keyboard.remove()),
                Map.entry("styles.json", styles()));
    }

    static Stream<Keyboard> validKeyboards() {
        return Stream.concat(goldenFixtures().map(Map.Entry::getValue), Stream.of(
                Keyboard.standard().row(Button.text("Help")).build(),
                Keyboard.standard().row(Button.text("Help")).oneTime(false).persistent(false).placeholder("").build(),
                Keyboard.inline().row(Button.callback("A", "a")).oneTime().persistent().placeholder("ignored").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFixtures")
    void writesGoldenFixture(Map.Entry<String, Keyboard> fixture) throws IOException {
        String written = WRITER.write(fixture.getValue());

        assertThat(MAPPER.readTree(written)).isEqualTo(fixture(fixture.getKey()));
    }

    @Test
    void writesCompactJsonWithTextThenTypeKeyThenStyle() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE),
                        Button.webApp("App", "https://app.example.com").withStyle(Style.PRIMARY))
                .build();

        assertThat(WRITER.write(keyboard)).isEqualTo("{\"inline_keyboard\":[["
                + "{\"text\":\"Yes\",\"callback_data\":\"vote:yes\",\"style\":\"success\"},"
                + "{\"text\":\"App\",\"web_app\":{\"url\":\"https://app.example.com\"},\"style\":\"primary\"}]]}");
    }

    @Test
    void writesStandardKeyboardOptionsInOrderAfterTheRows() {
        assertThat(WRITER.write(standardMenu())).endsWith("]],\"resize_keyboard\":true,\"one_time_keyboard\":true,"
                + "\"is_persistent\":true,\"input_field_placeholder\":\"Pick one\"}");
    }

    @Test
    void writesOnlyResizeKeyboardForAStandardKeyboardWithoutOptions() {
        Keyboard keyboard = Keyboard.standard().row(Button.text("Help")).build();

        assertThat(WRITER.write(keyboard)).isEqualTo("{\"keyboard\":[[{\"text\":\"Help\"}]],\"resize_keyboard\":true}");
    }

    @Test
    void omitsAnEmptyPlaceholder() {
        Keyboard keyboard = Keyboard.standard().row(Button.text("Help")).placeholder("").build();

        assertThat(WRITER.write(keyboard)).isEqualTo("{\"keyboard\":[[{\"text\":\"Help\"}]],\"resize_keyboard\":true}");
    }

    @Test
    void neverWritesTheTextButtonPayload() {
        Keyboard keyboard = Keyboard.standard().row(Button.text("Catalogue", "menu:catalogue")).build();

        assertThat(WRITER.write(keyboard))
                .isEqualTo("{\"keyboard\":[[{\"text\":\"Catalogue\"}]],\"resize_keyboard\":true}")
                .doesNotContain("menu:catalogue");
    }

    @Test
    void writesRemoveKeyboard() {
        assertThat(WRITER.write(Keyboard.remove())).isEqualTo("{\"remove_keyboard\":true}");
    }

    @Test
    void escapesLabelsAndKeepsNonAsciiAsIs() throws IOException {
        String label = "Say \"hi\" \\ to Ёж 🦔\n";
        Keyboard keyboard = Keyboard.inline().row(Button.callback(label, "ёж")).build();

        String written = WRITER.write(keyboard);

        assertThat(written).contains("Ёж 🦔").contains("\\\"hi\\\"").contains("\\n");
        assertThat(MAPPER.readTree(written).at("/inline_keyboard/0/0/text").asText()).isEqualTo(label);
        assertThat(MAPPER.readTree(written).at("/inline_keyboard/0/0/callback_data").asText()).isEqualTo("ёж");
    }

    @ParameterizedTest
    @MethodSource("validKeyboards")
    void neverWritesNullFalseOrEmptyPlaceholders(Keyboard keyboard) throws IOException {
        List<String> placeholders = new ArrayList<>();
        collectPlaceholders(MAPPER.readTree(WRITER.write(keyboard)), "", placeholders);

        assertThat(placeholders).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validKeyboards")
    void writesExactlyOneTypeKeyOnEveryInlineButton(Keyboard keyboard) throws IOException {
        JsonNode rows = MAPPER.readTree(WRITER.write(keyboard)).path("inline_keyboard");
        for (JsonNode row : rows) {
            for (JsonNode button : row) {
                List<String> typeKeys = new ArrayList<>();
                button.properties().forEach(field -> typeKeys.add(field.getKey()));
                typeKeys.removeAll(List.of("text", "style"));
                assertThat(typeKeys).as("type keys of %s", button).hasSize(1);
            }
        }
    }

    @Test
    void throwsWithTheWholeReportAndWritesNothingWhenAnyErrorIsFound() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("", "x".repeat(65)), Button.text("Menu"))
                .row()
                .oneTime()
                .build();
        AtomicReference<String> written = new AtomicReference<>();

        assertThatThrownBy(() -> written.set(WRITER.write(keyboard)))
                .isInstanceOfSatisfying(KeyboardRejectedException.class, e -> assertThat(e.report())
                        .isEqualTo(Validator.validate(keyboard, TelegramPlatform.rules())));
        assertThat(written).hasValue(null);
    }

    @Test
    void rejectedReportCarriesWarningsToo() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("A", "same"), Button.callback("B", "same"), Button.callback("C", ""))
                .build();

        assertThatThrownBy(() -> WRITER.write(keyboard))
                .isInstanceOfSatisfying(KeyboardRejectedException.class, e -> {
                    assertThat(e.report().warnings()).extracting(v -> v.code())
                            .containsExactly(ViolationCode.DUPLICATE_PAYLOAD);
                    assertThat(e.report().errors()).extracting(v -> v.code())
                            .containsExactly(ViolationCode.PAYLOAD_EMPTY);
                });
    }

    @Test
    void writesAKeyboardWithWarningsOnly() throws IOException {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("A", "same"), Button.callback("B", "same"))
                .oneTime()
                .placeholder("Pick")
                .build();
        ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules());

        String written = WRITER.write(keyboard);

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).extracting(v -> v.code()).containsExactly(
                ViolationCode.OPTION_IGNORED, ViolationCode.OPTION_IGNORED, ViolationCode.DUPLICATE_PAYLOAD);
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree("{\"inline_keyboard\":[["
                + "{\"text\":\"A\",\"callback_data\":\"same\"},{\"text\":\"B\",\"callback_data\":\"same\"}]]}"));
    }

    @Test
    void writesTheMarkupOnceAndValidatesWithTheFullRulesOnlyToReportARejection() {
        AtomicInteger fullRuns = new AtomicInteger();
        KeyboardRules counted = TelegramRules.builder()
                .keyboardCheck((keyboard, issues) -> fullRuns.incrementAndGet())
                .build();
        KeyboardWriter writer = new TelegramKeyboardWriter(counted, TelegramRules.createWithoutSizes(),
                TelegramRules.MAX_MARKUP_BYTES, TelegramRules.MAX_WIRE_MARKUP_BYTES);

        writer.write(inlineVote());
        assertThat(fullRuns).hasValue(0);

        Keyboard invalid = Keyboard.inline().row(Button.callback("A", "")).build();
        KeyboardRejectedException rejected = catchThrowableOfType(KeyboardRejectedException.class,
                () -> writer.write(invalid));
        assertThat(fullRuns).hasValue(1);
        assertThat(rejected.report()).isEqualTo(Validator.validate(invalid, counted));
    }

    @Test
    void rejectsMarkupOverTheLimitWithTheValidatorsWholeReport() {
        Keyboard tooLarge = Keyboard.inline()
                .row(Button.callback("ж".repeat(5_200), "x"), Button.callback("B", ""))
                .build();

        assertThatThrownBy(() -> WRITER.write(tooLarge))
                .isInstanceOfSatisfying(KeyboardRejectedException.class, e -> {
                    assertThat(e.report()).isEqualTo(Validator.validate(tooLarge, TelegramPlatform.rules()));
                    assertThat(e.report().errors()).extracting(v -> v.code())
                            .contains(ViolationCode.MARKUP_TOO_LARGE, ViolationCode.PAYLOAD_EMPTY);
                });
    }

    @Test
    void rejectsMarkupWithinTheJsonLimitButOverTheMtprotoLimitMeasuredWhileWriting() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("a".repeat(8_000), "x")).build();

        assertThat(TelegramKeyboardWriter.markupBytes(keyboard)).isLessThan(TelegramRules.MAX_MARKUP_BYTES);
        assertThatThrownBy(() -> WRITER.write(keyboard))
                .isInstanceOfSatisfying(KeyboardRejectedException.class, e -> {
                    assertThat(e.report()).isEqualTo(Validator.validate(keyboard, TelegramPlatform.rules()));
                    assertThat(e.report().errors()).extracting(v -> v.code())
                            .containsExactly(ViolationCode.MARKUP_TOO_LONG);
                });
    }

    @Test
    void countsBytesWhenTheMarkupIsShortInCharactersButLongInUtf8() {
        // Quotes keep the MTProto size (ж 2 bytes, " 1) under its own, smaller limit.
        String fits = "ж".repeat(2_500) + "\"".repeat(2_500);
        String overflows = "ж".repeat(2_620) + "\"".repeat(2_500);

        assertThat(TelegramKeyboardWriter.markup(Keyboard.inline().row(Button.callback(overflows, "x")).build())
                .length()).isLessThan(10_240);
        assertThat(WRITER.write(Keyboard.inline().row(Button.callback(fits, "x")).build()))
                .contains("ж".repeat(2_500));
        assertThatThrownBy(() -> WRITER.write(Keyboard.inline().row(Button.callback(overflows, "x")).build()))
                .isInstanceOfSatisfying(KeyboardRejectedException.class, e -> assertThat(e.report().errors())
                        .extracting(v -> v.code()).containsExactly(ViolationCode.MARKUP_TOO_LARGE));
    }

    @Test
    void writerUsesTelegramRules() {
        assertThat(WRITER.rules()).isSameAs(TelegramPlatform.rules());
        assertThat(TelegramPlatform.keyboards()).isSameAs(WRITER);
    }

    @ParameterizedTest
    @MethodSource("measuredKeyboards")
    void countsMarkupBytesExactlyAsTheWrittenJsonEncodesToUtf8(Keyboard keyboard) {
        String markup = TelegramKeyboardWriter.markup(keyboard);

        assertThat(TelegramKeyboardWriter.markupBytes(keyboard))
                .isEqualTo(markup.getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @MethodSource({"measuredKeyboards", "everyKindAndStyleAtItsLongest"})
    void markupBoundIsNeverBelowTheMeasuredSize(Keyboard keyboard) {
        assertThat(TelegramKeyboardWriter.markupBytesBound(keyboard))
                .isGreaterThanOrEqualTo(TelegramKeyboardWriter.markupBytes(keyboard));
    }

    @Test
    void markupBoundStaysCloseForPlainLabels() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            buttons.add(Button.callback(String.format("Item %03d", i), "cat:item:" + (2000 + i)));
        }
        Keyboard hundred = Keyboard.inline().arrange(buttons, 8).build();

        assertThat(TelegramKeyboardWriter.markupBytesBound(hundred)).isLessThan(TelegramRules.MAX_MARKUP_BYTES);
    }

    /** Each kind with each style, strings made only of characters JSON escapes, and every option set. */
    static Stream<Keyboard> everyKindAndStyleAtItsLongest() {
        String escaped = "\u0001\"\\\n\u001f";
        return Stream.of(Style.values()).flatMap(style -> Stream.of(
                Keyboard.inline().row(Button.callback(escaped, escaped).withStyle(style),
                        Button.link(escaped, escaped).withStyle(style),
                        Button.webApp(escaped, escaped).withStyle(style),
                        Button.copy(escaped, escaped).withStyle(style),
                        new AppButton("", Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                                Optional.empty(), style)).build(),
                Keyboard.standard().row(Button.text(escaped).withStyle(style),
                        Button.location(escaped).withStyle(style), Button.contact(escaped).withStyle(style),
                        Button.pay(escaped).withStyle(style), Button.location().withStyle(style))
                        .row(Button.text(""))
                        .oneTime().persistent().placeholder(escaped).build(),
                Keyboard.remove()));
    }

    static Stream<Keyboard> measuredKeyboards() {
        return Stream.concat(validKeyboards(), Stream.of(
                Keyboard.inline().row(Button.callback("🦔 Ёж 中文 é \u0001 \" \\ \t", "🦔🦔")).build(),
                Keyboard.inline().row(Button.callback("lone \ud83e high", "lone \udd94 low")).build(),
                Keyboard.inline().row(Button.callback("ends with a high surrogate \ud83e", "x")).build(),
                Keyboard.inline().row(Button.callback("x".repeat(20_000), "x")).build(),
                Keyboard.standard().row(Button.callback("wrong", "kind"), Button.pay("hash"),
                        new AppButton("no url", Optional.empty(), OptionalLong.of(1), OptionalLong.empty(),
                                Optional.empty(), Style.DEFAULT)).build()));
    }

    private static void collectPlaceholders(JsonNode node, String path, List<String> found) {
        if (node.isNull() || (node.isBoolean() && !node.booleanValue())
                || (node.isTextual() && node.textValue().isEmpty())
                || (node.isContainerNode() && node.isEmpty())) {
            found.add(path + " = " + node);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectPlaceholders(field.getValue(), path + "/" + field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPlaceholders(node.get(i), path + "/" + i, found);
            }
        }
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = TelegramKeyboardWriterTest.class.getResourceAsStream("/telegram/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
