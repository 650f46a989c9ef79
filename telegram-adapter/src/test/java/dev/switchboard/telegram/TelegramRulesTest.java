package dev.switchboard.telegram;

import static dev.switchboard.core.validate.ViolationCode.AMBIGUOUS_TEXT_BUTTON;
import static dev.switchboard.core.validate.ViolationCode.DUPLICATE_PAYLOAD;
import static dev.switchboard.core.validate.ViolationCode.EMPTY_KEYBOARD;
import static dev.switchboard.core.validate.ViolationCode.EMPTY_ROW;
import static dev.switchboard.core.validate.ViolationCode.FIELD_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.INVALID_URL;
import static dev.switchboard.core.validate.ViolationCode.LABEL_EMPTY;
import static dev.switchboard.core.validate.ViolationCode.MARKUP_TOO_LARGE;
import static dev.switchboard.core.validate.ViolationCode.MARKUP_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.MISSING_FIELD;
import static dev.switchboard.core.validate.ViolationCode.OPTION_IGNORED;
import static dev.switchboard.core.validate.ViolationCode.PAYLOAD_EMPTY;
import static dev.switchboard.core.validate.ViolationCode.PAYLOAD_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.PLACEHOLDER_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.ROW_TOO_WIDE;
import static dev.switchboard.core.validate.ViolationCode.TOO_MANY_BUTTONS;
import static dev.switchboard.core.validate.ViolationCode.UNSUPPORTED_BUTTON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramRulesTest {
    private static final KeyboardRules RULES = TelegramPlatform.rules();

    // ---- the rules as data ----

    @Test
    void publishesOneCachedInstanceForTelegram() {
        assertThat(TelegramPlatform.rules()).isSameAs(RULES);
        assertThat(RULES.platform()).isEqualTo(PlatformId.TELEGRAM);
        assertThat(RULES.fullWidthKinds()).isEmpty();
        assertThat(RULES.unlabelledKinds()).isEmpty();
        assertThat(RULES.styledKinds()).isEqualTo(EnumSet.allOf(ButtonKind.class));
        assertThat(RULES.maxLabelLength()).isEmpty();
        assertThat(RULES.maxPlaceholderLength()).hasValue(64);
        assertThat(RULES.textButtonsSendLabelOnly()).isTrue();
        assertThat(RULES.payload().sentBy()).containsExactly(ButtonKind.CALLBACK);
    }

    // ---- shape ----

    @Test
    void acceptsEightButtonsInAnInlineRow() {
        assertThat(validate(inlineRowOf(8)).violations()).isEmpty();
    }

    @Test
    void rejectsNineButtonsInAnInlineRow() {
        assertViolations(inlineRowOf(9)).containsExactly(v("rows[0]", ROW_TOO_WIDE, 8, 9));
    }

    @Test
    void acceptsTwelveButtonsInAStandardRow() {
        assertThat(validate(standardRowOf(12)).violations()).isEmpty();
    }

    @Test
    void rejectsThirteenButtonsInAStandardRow() {
        assertViolations(standardRowOf(13)).containsExactly(v("rows[0]", ROW_TOO_WIDE, 12, 13));
    }

    @Test
    void acceptsOneHundredInlineButtons() {
        assertThat(validate(Keyboard.inline().arrange(callbacks(100), 8).build()).violations()).isEmpty();
    }

    @Test
    void rejectsOneHundredAndOneInlineButtons() {
        assertViolations(Keyboard.inline().arrange(callbacks(101), 8).build())
                .containsExactly(v("$", TOO_MANY_BUTTONS, 100, 101));
    }

    @Test
    void acceptsThreeHundredStandardButtons() {
        assertThat(validate(Keyboard.standard().arrange(texts(300), 12).build()).violations()).isEmpty();
    }

    @Test
    void rejectsThreeHundredAndOneStandardButtons() {
        assertViolations(Keyboard.standard().arrange(texts(301), 12).build())
                .containsExactly(v("$", TOO_MANY_BUTTONS, 300, 301));
    }

    @Test
    void rejectsAnEmptyRow() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("A", "a")).row().build();

        assertViolations(keyboard).containsExactly(v("rows[1]", EMPTY_ROW));
    }

    @Test
    void rejectsAKeyboardWithoutButtons() {
        assertViolations(Keyboard.inline().build()).containsExactly(v("rows", EMPTY_KEYBOARD));
        assertViolations(Keyboard.standard().build()).containsExactly(v("rows", EMPTY_KEYBOARD));
    }

    @Test
    void acceptsTheRemoveKeyboard() {
        assertThat(validate(Keyboard.remove())).isEqualTo(ValidationReport.empty());
    }

    // ---- markup size ----

    @Test
    void acceptsMarkupOfExactly10240Bytes() {
        // Quotes cost 2 bytes of JSON but 1 on Telegram's servers, so only the JSON is at its limit.
        Keyboard keyboard = withLabelOfMarkupSize(10_240, "\"");

        String written = TelegramPlatform.keyboards().write(keyboard);

        assertThat(written.getBytes(StandardCharsets.UTF_8)).hasSize(10_240);
        assertThat(validate(keyboard).violations()).isEmpty();
    }

    @Test
    void rejectsMarkupOverTheLimitCountingUtf8Bytes() {
        Keyboard keyboard = withLabelOfMarkupSize(10_241, "ж");
        String markup = TelegramKeyboardWriter.markup(keyboard);
        int bytes = markup.getBytes(StandardCharsets.UTF_8).length;

        assertThat(bytes).isEqualTo(10_241).isGreaterThan(markup.length());
        assertViolations(keyboard).containsExactly(v("$", MARKUP_TOO_LARGE, 10_240, bytes),
                v("$", MARKUP_TOO_LONG, 8_000, TelegramMarkupSize.bytes(keyboard)));
        assertThat(validate(keyboard).violations().get(0).message())
                .isEqualTo("reply_markup is 10241 bytes of JSON; Telegram allows 10240 (\"reply markup is too long\")");
    }

    @Test
    void rejectsOneHundredButtonsWhoseLongCallbackDataOverflowTheMarkup() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            buttons.add(Button.callback("Product " + i, String.format("%064d", i)));
        }
        Keyboard keyboard = Keyboard.inline().arrange(buttons, 4).build();
        int bytes = TelegramKeyboardWriter.markup(keyboard).getBytes(StandardCharsets.UTF_8).length;

        assertThat(bytes).isGreaterThan(10_240);
        assertViolations(keyboard).containsExactly(v("$", MARKUP_TOO_LARGE, 10_240, bytes),
                v("$", MARKUP_TOO_LONG, 8_000, 9_112));
    }

    // ---- labels ----

    @Test
    void rejectsAnEmptyLabelOnEveryKind() {
        Keyboard inline = Keyboard.inline()
                .row(Button.callback("", "a"), Button.link("", "https://example.com"),
                        Button.webApp("", "https://example.com"), Button.copy("", "x"))
                .build();
        Keyboard standard = Keyboard.standard()
                .row(Button.text(""), Button.location(""), Button.contact(""), Button.webApp("", "https://example.com"))
                .build();

        Tuple[] expected = IntStream.range(0, 4).mapToObj(i -> v("rows[0][" + i + "].label", LABEL_EMPTY))
                .toArray(Tuple[]::new);
        assertViolations(inline).containsExactly(expected);
        assertViolations(standard).containsExactly(expected);
    }

    @Test
    void acceptsAVeryLongLabel() {
        assertThat(validate(inlineWith(Button.callback("x".repeat(1_000), "a"))).violations()).isEmpty();
    }

    // ---- callback_data ----

    @Test
    void acceptsCallbackDataOf64Bytes() {
        assertThat(validate(inlineWith(Button.callback("A", "a".repeat(64)))).violations()).isEmpty();
    }

    @Test
    void rejectsCallbackDataOver64Bytes() {
        assertViolations(inlineWith(Button.callback("A", "a".repeat(65))))
                .containsExactly(v("rows[0][0].payload", PAYLOAD_TOO_LONG, 64, 65));
    }

    @Test
    void rejectsEmptyCallbackData() {
        assertViolations(inlineWith(Button.callback("A", "")))
                .containsExactly(v("rows[0][0].payload", PAYLOAD_EMPTY, 1, 0));
    }

    @Test
    void countsCyrillicCallbackDataAsTwoBytesALetter() {
        assertThat(validate(inlineWith(Button.callback("A", "я".repeat(32)))).violations()).isEmpty();
        assertViolations(inlineWith(Button.callback("A", "я".repeat(33))))
                .containsExactly(v("rows[0][0].payload", PAYLOAD_TOO_LONG, 64, 66));
    }

    @Test
    void countsCjkCallbackDataAsThreeBytesACharacter() {
        assertThat(validate(inlineWith(Button.callback("A", "中".repeat(21)))).violations()).isEmpty();
        assertViolations(inlineWith(Button.callback("A", "中".repeat(22))))
                .containsExactly(v("rows[0][0].payload", PAYLOAD_TOO_LONG, 64, 66));
    }

    @Test
    void countsAnEmojiInCallbackDataAsFourBytes() {
        assertThat(validate(inlineWith(Button.callback("A", "🦔".repeat(16)))).violations()).isEmpty();
        assertViolations(inlineWith(Button.callback("A", "🦔".repeat(17))))
                .containsExactly(v("rows[0][0].payload", PAYLOAD_TOO_LONG, 64, 68));
    }

    @Test
    void warnsAboutDuplicateCallbackData() {
        Keyboard keyboard = inlineWith(Button.callback("A", "same"), Button.callback("B", "same"));
        ValidationReport report = validate(keyboard);

        assertViolations(keyboard).containsExactly(v("rows[0][1].payload", DUPLICATE_PAYLOAD));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void ignoresTextButtonPayloadsBecauseTelegramNeverReceivesThem() {
        Keyboard keyboard = Keyboard.standard()
                .row(Button.text("A", "x".repeat(100)), Button.text("B", "x".repeat(100)), Button.text("C", ""))
                .build();

        assertThat(validate(keyboard).violations()).isEmpty();
    }

    // ---- kinds ----

    @ParameterizedTest
    @EnumSource(value = ButtonKind.class, names = {"TEXT", "LOCATION", "CONTACT", "PAY"})
    void rejectsKindsInlineKeyboardsLack(ButtonKind kind) {
        assertViolations(inlineWith(Button.callback("A", "a"), sample(kind)))
                .containsExactly(v("rows[0][1]", UNSUPPORTED_BUTTON));
    }

    @ParameterizedTest
    @EnumSource(value = ButtonKind.class, names = {"CALLBACK", "LINK", "COPY", "PAY"})
    void rejectsKindsStandardKeyboardsLack(ButtonKind kind) {
        assertViolations(Keyboard.standard().row(Button.text("A"), sample(kind)).build())
                .containsExactly(v("rows[0][1]", UNSUPPORTED_BUTTON));
    }

    @ParameterizedTest
    @EnumSource(value = ButtonKind.class, names = {"CALLBACK", "LINK", "APP", "COPY"})
    void acceptsInlineKinds(ButtonKind kind) {
        assertThat(validate(inlineWith(sample(kind))).violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ButtonKind.class, names = {"TEXT", "LOCATION", "CONTACT", "APP"})
    void acceptsStandardKinds(ButtonKind kind) {
        assertThat(validate(Keyboard.standard().row(sample(kind)).build()).violations()).isEmpty();
    }

    @Test
    void namesTheKindAndKeyboardTypeOfAnUnsupportedButton() {
        assertThat(validate(inlineWith(Button.text("Menu"))).violations()).extracting(Violation::message)
                .containsExactly("text buttons are not supported on Telegram inline keyboards");
    }

    @Test
    void honoursEveryStyleOnEveryKind() {
        Keyboard inline = inlineWith(sample(ButtonKind.CALLBACK).withStyle(Style.POSITIVE),
                sample(ButtonKind.LINK).withStyle(Style.NEGATIVE), sample(ButtonKind.APP).withStyle(Style.PRIMARY),
                sample(ButtonKind.COPY).withStyle(Style.SECONDARY));
        Keyboard standard = Keyboard.standard()
                .row(sample(ButtonKind.TEXT).withStyle(Style.POSITIVE),
                        sample(ButtonKind.LOCATION).withStyle(Style.NEGATIVE),
                        sample(ButtonKind.CONTACT).withStyle(Style.PRIMARY))
                .build();

        assertThat(validate(inline).violations()).isEmpty();
        assertThat(validate(standard).violations()).isEmpty();
    }

    // ---- url buttons ----

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/path?q=1#top", "HTTPS://Example.COM",
            "https://user:pw@example.com:8443/x", "http://[2001:db8::1]/", "example.com", "example.com:8080/path",
            "tg://resolve?domain=telegram", "tg:user?id=42", "TG://resolve?domain=a_b-c", "ton://transfer/EQabc",
            "tonsite://example.ton"})
    void acceptsUrlsTelegramAccepts(String url) {
        assertThat(validate(inlineWith(Button.link("Open", url))).violations()).isEmpty();
    }

    @Test
    void rejectsAnFtpUrlNamingTheAllowedSchemes() {
        assertUrlProblem("ftp://example.com",
                "url scheme \"ftp\" is not allowed; Telegram accepts http, https, tg, ton, tonsite");
    }

    @Test
    void rejectsAnHttpHostWithoutADot() {
        assertUrlProblem("http://localhost",
                "url host \"localhost\" has no dot; Telegram accepts only domain names such as example.com");
    }

    @Test
    void rejectsAJavascriptUrl() {
        assertUrlProblem("javascript:alert(1)",
                "url scheme \"javascript\" is not allowed; Telegram accepts http, https, tg, ton, tonsite");
    }

    @Test
    void rejectsGarbage() {
        assertUrlProblem("not a url", "url host \"not a url\" is not a valid host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:someone@example.com", "http:example.com", "https://", "http://exa mple.com",
            "localhost:8080", "http://example.com:0", "http://example.com:99999", "http://[::1", "::::",
            "tg:example.com", "tg:user@resolve", "tg://resolve:80?domain=a", "tg:http://example.com", "tg:",
            "ton://a.b"})
    void rejectsOtherUrlsTelegramRefuses(String url) {
        assertViolations(inlineWith(Button.link("Open", url))).containsExactly(v("rows[0][0].url", INVALID_URL));
    }

    @Test
    void rejectsAnEmptyUrlAsMissing() {
        assertViolations(inlineWith(Button.link("Open", ""))).containsExactly(v("rows[0][0].url", MISSING_FIELD));
        assertThat(validate(inlineWith(Button.link("Open", ""))).violations()).extracting(Violation::message)
                .containsExactly("Telegram url buttons need a url");
    }

    // ---- web_app buttons ----

    @Test
    void acceptsAnHttpsWebApp() {
        assertThat(validate(inlineWith(Button.webApp("App", "https://app.example.com/start"))).violations()).isEmpty();
    }

    @Test
    void rejectsAnHttpWebApp() {
        Keyboard keyboard = inlineWith(Button.webApp("App", "http://app.example.com"));

        assertViolations(keyboard).containsExactly(v("rows[0][0].url", INVALID_URL));
        assertThat(validate(keyboard).violations()).extracting(Violation::message).containsExactly(
                "web_app url must be an absolute https URL; Telegram opens web apps over HTTPS only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.example.com", "tg://resolve?domain=bot", "https://localhost", "https://"})
    void rejectsOtherWebAppUrls(String url) {
        assertViolations(inlineWith(Button.webApp("App", url))).containsExactly(v("rows[0][0].url", INVALID_URL));
    }

    @Test
    void rejectsAWebAppWithoutUrl() {
        Keyboard keyboard = Keyboard.standard().row(Button.vkApp("App", 123, 456, "start")).build();

        assertViolations(keyboard).containsExactly(v("rows[0][0].url", MISSING_FIELD));
        assertThat(validate(keyboard).violations()).extracting(Violation::message)
                .containsExactly("Telegram web_app buttons need a url");
    }

    @Test
    void rejectsAWebAppWithAnEmptyUrl() {
        assertViolations(inlineWith(Button.webApp("App", ""))).containsExactly(v("rows[0][0].url", MISSING_FIELD));
    }

    @Test
    void ignoresVkAppFieldsNextToAValidUrl() {
        AppButton both = new AppButton("App", Optional.of("https://app.example.com"), OptionalLong.of(1),
                OptionalLong.of(2), Optional.of("hash"), Style.DEFAULT);

        assertThat(validate(inlineWith(both)).violations()).isEmpty();
    }

    // ---- copy_text buttons ----

    @Test
    void acceptsCopyTextOf256Characters() {
        assertThat(validate(inlineWith(Button.copy("Copy", "c".repeat(256)))).violations()).isEmpty();
    }

    @Test
    void rejectsCopyTextOver256Characters() {
        Keyboard keyboard = inlineWith(Button.copy("Copy", "c".repeat(257)));

        assertViolations(keyboard).containsExactly(v("rows[0][0].text", FIELD_TOO_LONG, 256, 257));
        assertThat(validate(keyboard).violations()).extracting(Violation::message)
                .containsExactly("copy text is 257 characters; Telegram allows 1–256");
    }

    @Test
    void rejectsEmptyCopyText() {
        assertViolations(inlineWith(Button.copy("Copy", ""))).containsExactly(v("rows[0][0].text", MISSING_FIELD));
    }

    // ---- options ----

    @Test
    void warnsThatOptionsAreIgnoredOnInlineKeyboards() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("A", "a"))
                .oneTime().persistent().placeholder("Pick one").build();

        assertViolations(keyboard).containsExactly(
                v("oneTime", OPTION_IGNORED), v("persistent", OPTION_IGNORED), v("placeholder", OPTION_IGNORED));
        assertThat(validate(keyboard).isValid()).isTrue();
    }

    @Test
    void acceptsEveryOptionOnStandardKeyboards() {
        Keyboard keyboard = Keyboard.standard().row(Button.text("A"))
                .oneTime().persistent().placeholder("p".repeat(64)).build();

        assertThat(validate(keyboard).violations()).isEmpty();
    }

    @Test
    void rejectsAPlaceholderOver64Characters() {
        Keyboard keyboard = Keyboard.standard().row(Button.text("A")).placeholder("p".repeat(65)).build();

        assertViolations(keyboard).containsExactly(v("placeholder", PLACEHOLDER_TOO_LONG, 64, 65));
    }

    // ---- text buttons ----

    @Test
    void rejectsTextButtonsWithOneLabelAndDifferentPayloads() {
        Keyboard keyboard = Keyboard.standard()
                .row(Button.text("Buy", "item:1"), Button.text("Buy", "item:2"))
                .build();

        assertViolations(keyboard).containsExactly(v("rows[0][1]", AMBIGUOUS_TEXT_BUTTON));
    }

    @Test
    void acceptsTextButtonsWithOneLabelAndTheSamePayload() {
        Keyboard keyboard = Keyboard.standard()
                .row(Button.text("Buy", "item:1"))
                .row(Button.text("Buy", "item:1"))
                .build();

        assertThat(validate(keyboard).violations()).isEmpty();
    }

    // ---- everything at once ----

    @Test
    void reportsEveryFaultKeyboardLevelFirstThenRowMajor() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("A", "same"), Button.callback("", "p1"), Button.text("Menu"),
                        Button.link("Site", "ftp://example.com"), Button.callback("Long", "x".repeat(65)),
                        Button.copy("Copy", ""), Button.webApp("App", "http://app.example.com"),
                        Button.callback("B", "same"), Button.pay("hash"))
                .row()
                .row(Button.callback("C", ""), Button.link("Local", "http://localhost"),
                        Button.copy("Long copy", "c".repeat(300)))
                .oneTime()
                .placeholder("ignored")
                .build();

        ValidationReport report = validate(keyboard);

        assertThat(report.violations()).extracting(Violation::platform).containsOnly(PlatformId.TELEGRAM);
        assertViolations(keyboard).containsExactly(
                v("oneTime", OPTION_IGNORED),
                v("placeholder", OPTION_IGNORED),
                v("rows[0]", ROW_TOO_WIDE, 8, 9),
                v("rows[0][1].label", LABEL_EMPTY),
                v("rows[0][2]", UNSUPPORTED_BUTTON),
                v("rows[0][3].url", INVALID_URL),
                v("rows[0][4].payload", PAYLOAD_TOO_LONG, 64, 65),
                v("rows[0][5].text", MISSING_FIELD),
                v("rows[0][6].url", INVALID_URL),
                v("rows[0][7].payload", DUPLICATE_PAYLOAD),
                v("rows[0][8]", UNSUPPORTED_BUTTON),
                v("rows[1]", EMPTY_ROW),
                v("rows[2][0].payload", PAYLOAD_EMPTY, 1, 0),
                v("rows[2][1].url", INVALID_URL),
                v("rows[2][2].text", FIELD_TOO_LONG, 256, 300));
        assertThat(report.isValid()).isFalse();
        assertThat(report.warnings()).hasSize(3);
    }

    // ---- helpers ----

    private static ValidationReport validate(Keyboard keyboard) {
        return Validator.validate(keyboard, RULES);
    }

    /** The report as (path, code, severity, limit, actual) tuples, in order. */
    private static ListAssert<Tuple> assertViolations(Keyboard keyboard) {
        return assertThat(validate(keyboard).violations().stream()
                .map(v -> tuple(v.path(), v.code(), v.severity(), v.limit(), v.actual()))
                .toList());
    }

    private static Tuple v(String path, ViolationCode code) {
        return tuple(path, code, code.severity(), OptionalLong.empty(), OptionalLong.empty());
    }

    private static Tuple v(String path, ViolationCode code, long limit, long actual) {
        return tuple(path, code, code.severity(), OptionalLong.of(limit), OptionalLong.of(actual));
    }

    private static void assertUrlProblem(String url, String message) {
        Keyboard keyboard = inlineWith(Button.link("Open", url));

        assertViolations(keyboard).containsExactly(v("rows[0][0].url", INVALID_URL));
        assertThat(validate(keyboard).violations()).extracting(Violation::message).containsExactly(message);
    }

    private static Keyboard inlineWith(Button... buttons) {
        return Keyboard.inline().row(buttons).build();
    }

    private static Keyboard inlineRowOf(int width) {
        return Keyboard.inline().row(callbacks(width)).build();
    }

    private static Keyboard standardRowOf(int width) {
        return Keyboard.standard().row(texts(width)).build();
    }

    private static List<Button> callbacks(int count) {
        return IntStream.range(0, count).mapToObj(i -> (Button) Button.callback("b" + i, "p" + i)).toList();
    }

    private static List<Button> texts(int count) {
        return IntStream.range(0, count).mapToObj(i -> (Button) Button.text("b" + i)).toList();
    }

    /** A valid-looking button of {@code kind}, so only the keyboard type decides. */
    private static Button sample(ButtonKind kind) {
        return switch (kind) {
            case CALLBACK -> Button.callback("Callback", "cb");
            case TEXT -> Button.text("Text");
            case LINK -> Button.link("Link", "https://example.com");
            case LOCATION -> Button.location("Location");
            case CONTACT -> Button.contact("Contact");
            case APP -> Button.webApp("App", "https://app.example.com");
            case PAY -> Button.pay("action=pay-to-group&group_id=1");
            case COPY -> Button.copy("Copy", "text");
            case UNREPRESENTABLE -> Button.unrepresentable(PlatformId.TELEGRAM, "login_url", "Log in");
        };
    }

    /**
     * One inline callback button whose label, made of {@code unit} repeated, brings the markup to
     * exactly {@code bytes} UTF-8 bytes (the last unit may be ASCII to land on an odd size).
     */
    private static Keyboard withLabelOfMarkupSize(int bytes, String unit) {
        int overhead = TelegramKeyboardWriter.markup(inlineWith(Button.callback("", "x")))
                .getBytes(StandardCharsets.UTF_8).length;
        int room = bytes - overhead;
        int unitBytes = TelegramKeyboardWriter.markup(inlineWith(Button.callback(unit, "x")))
                .getBytes(StandardCharsets.UTF_8).length - overhead;
        String label = unit.repeat(room / unitBytes) + "a".repeat(room % unitBytes);
        return inlineWith(Button.callback(label, "x"));
    }
}
