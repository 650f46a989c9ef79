package dev.switchboard.vk;

import static dev.switchboard.core.validate.ViolationCode.DUPLICATE_PAYLOAD;
import static dev.switchboard.core.validate.ViolationCode.EMPTY_KEYBOARD;
import static dev.switchboard.core.validate.ViolationCode.EMPTY_ROW;
import static dev.switchboard.core.validate.ViolationCode.INVALID_URL;
import static dev.switchboard.core.validate.ViolationCode.LABEL_EMPTY;
import static dev.switchboard.core.validate.ViolationCode.LABEL_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.MISSING_FIELD;
import static dev.switchboard.core.validate.ViolationCode.MUST_BE_ALONE_IN_ROW;
import static dev.switchboard.core.validate.ViolationCode.OPTION_IGNORED;
import static dev.switchboard.core.validate.ViolationCode.OPTION_UNSUPPORTED;
import static dev.switchboard.core.validate.ViolationCode.PAYLOAD_TOO_LONG;
import static dev.switchboard.core.validate.ViolationCode.ROW_TOO_WIDE;
import static dev.switchboard.core.validate.ViolationCode.STYLE_IGNORED;
import static dev.switchboard.core.validate.ViolationCode.TOO_MANY_BUTTONS;
import static dev.switchboard.core.validate.ViolationCode.TOO_MANY_ROWS;
import static dev.switchboard.core.validate.ViolationCode.UNSUPPORTED_BUTTON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.AppButton;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.KeyboardOption;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.OptionSupport;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VkRulesTest {
    private static final String ASCII_247 = "a".repeat(247);

    @Nested
    class AsData {
        @Test
        void isOneCachedInstanceForVk() {
            assertThat(VkPlatform.rules()).isSameAs(VkPlatform.rules());
            assertThat(VkPlatform.rules().platform()).isEqualTo(PlatformId.VK);
        }

        @Test
        void statesVkShapesKindsAndOptions() {
            KeyboardRules rules = VkPlatform.rules();
            EnumSet<ButtonKind> supported = EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT, ButtonKind.LINK,
                    ButtonKind.LOCATION, ButtonKind.APP, ButtonKind.PAY);

            assertThat(rules.shape(KeyboardType.INLINE)).isEqualTo(Shape.of(5, 6, 10));
            assertThat(rules.shape(KeyboardType.STANDARD)).isEqualTo(Shape.of(5, 10, 40));
            assertThat(rules.supportedKinds()).containsEntry(KeyboardType.INLINE, supported)
                    .containsEntry(KeyboardType.STANDARD, supported);
            assertThat(rules.fullWidthKinds()).containsExactlyInAnyOrder(ButtonKind.LOCATION, ButtonKind.APP,
                    ButtonKind.PAY);
            assertThat(rules.styledKinds()).containsExactlyInAnyOrder(ButtonKind.TEXT, ButtonKind.CALLBACK);
            assertThat(rules.unlabelledKinds()).containsExactlyInAnyOrder(ButtonKind.LOCATION, ButtonKind.PAY);
            assertThat(rules.maxLabelLength()).hasValue(40);
            assertThat(rules.maxPlaceholderLength()).isEmpty();
            assertThat(rules.textButtonsSendLabelOnly()).isFalse();
            assertThat(rules.support(KeyboardType.INLINE, KeyboardOption.ONE_TIME))
                    .isEqualTo(OptionSupport.UNSUPPORTED);
            assertThat(rules.support(KeyboardType.STANDARD, KeyboardOption.ONE_TIME))
                    .isEqualTo(OptionSupport.SUPPORTED);
            for (KeyboardType type : List.of(KeyboardType.INLINE, KeyboardType.STANDARD)) {
                assertThat(rules.support(type, KeyboardOption.PERSISTENT)).isEqualTo(OptionSupport.IGNORED);
                assertThat(rules.support(type, KeyboardOption.PLACEHOLDER)).isEqualTo(OptionSupport.IGNORED);
            }
        }

        @Test
        void measuresPayloadsWithTheWritersEncodingInCharacters() {
            var payload = VkPlatform.rules().payload();

            assertThat(payload.minSize()).isZero();
            assertThat(payload.maxSize()).isEqualTo(255);
            assertThat(payload.unit()).isEqualTo(PayloadUnit.CHARS);
            assertThat(payload.sentBy()).containsExactlyInAnyOrder(ButtonKind.CALLBACK, ButtonKind.TEXT);
            assertThat(payload.encoding().apply("say \"hi\"")).isEqualTo(VkPlatform.encodePayload("say \"hi\""));
        }
    }

    @Nested
    class Shapes {
        @ParameterizedTest
        @EnumSource(value = KeyboardType.class, names = {"INLINE", "STANDARD"})
        void acceptsFiveButtonsInARow(KeyboardType type) {
            assertThat(Found.in(keyboard(type, 5))).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = KeyboardType.class, names = {"INLINE", "STANDARD"})
        void rejectsSixButtonsInARow(KeyboardType type) {
            assertThat(Found.in(keyboard(type, 6))).containsExactly(Found.of("rows[0]", ROW_TOO_WIDE, 5, 6));
        }

        @Test
        void acceptsSixRowsInline() {
            assertThat(Found.in(keyboard(KeyboardType.INLINE, 1, 1, 1, 1, 1, 1))).isEmpty();
        }

        @Test
        void rejectsSevenRowsInline() {
            assertThat(Found.in(keyboard(KeyboardType.INLINE, 1, 1, 1, 1, 1, 1, 1)))
                    .containsExactly(Found.of("rows", TOO_MANY_ROWS, 6, 7));
        }

        @Test
        void acceptsTenRowsStandard() {
            assertThat(Found.in(keyboard(KeyboardType.STANDARD, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))).isEmpty();
        }

        @Test
        void rejectsElevenRowsStandard() {
            assertThat(Found.in(keyboard(KeyboardType.STANDARD, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)))
                    .containsExactly(Found.of("rows", TOO_MANY_ROWS, 10, 11));
        }

        @Test
        void acceptsTenButtonsInline() {
            assertThat(Found.in(keyboard(KeyboardType.INLINE, 5, 5))).isEmpty();
        }

        @Test
        void rejectsElevenButtonsInline() {
            assertThat(Found.in(keyboard(KeyboardType.INLINE, 5, 5, 1)))
                    .containsExactly(Found.of("$", TOO_MANY_BUTTONS, 10, 11));
        }

        @Test
        void rejectsTwelveInlineButtonsEvenWhenRowsAndWidthsFit() {
            assertThat(Found.in(keyboard(KeyboardType.INLINE, 4, 4, 4)))
                    .containsExactly(Found.of("$", TOO_MANY_BUTTONS, 10, 12));
        }

        @Test
        void acceptsFortyButtonsStandard() {
            assertThat(Found.in(keyboard(KeyboardType.STANDARD, 5, 5, 5, 5, 5, 5, 5, 5))).isEmpty();
        }

        @Test
        void rejectsFortyOneButtonsStandard() {
            assertThat(Found.in(keyboard(KeyboardType.STANDARD, 5, 5, 5, 5, 5, 5, 5, 5, 1)))
                    .containsExactly(Found.of("$", TOO_MANY_BUTTONS, 40, 41));
        }

        @ParameterizedTest
        @EnumSource(value = KeyboardType.class, names = {"INLINE", "STANDARD"})
        void rejectsAKeyboardWithoutButtons(KeyboardType type) {
            assertThat(Found.in(Keyboard.builder(type).build())).containsExactly(Found.of("rows", EMPTY_KEYBOARD));
        }

        @Test
        void rejectsAnEmptyRow() {
            Keyboard keyboard = Keyboard.inline().row(Button.text("A")).row(List.of()).build();

            assertThat(Found.in(keyboard)).containsExactly(Found.of("rows[1]", EMPTY_ROW));
        }

        @Test
        void acceptsTheRemoveKeyboard() {
            assertThat(Validator.validate(Keyboard.remove(), VkPlatform.rules())).isEqualTo(ValidationReport.empty());
        }
    }

    @Nested
    class Labels {
        @Test
        void acceptsALabelOf40Characters() {
            assertThat(Found.in(one(Button.text("x".repeat(40))))).isEmpty();
            assertThat(Found.in(one(Button.callback("я".repeat(40), "p")))).isEmpty();
        }

        @Test
        void rejectsALabelOf41Characters() {
            assertThat(Found.in(one(Button.link("x".repeat(41), "https://example.com"))))
                    .containsExactly(Found.of("rows[0][0].label", LABEL_TOO_LONG, 40, 41));
        }

        @Test
        void countsLabelsInUtf16Units() {
            assertThat(Found.in(one(Button.text("👍".repeat(20))))).isEmpty();
            assertThat(Found.in(one(Button.text("👍".repeat(20) + "!"))))
                    .containsExactly(Found.of("rows[0][0].label", LABEL_TOO_LONG, 40, 41));
        }

        @Test
        void rejectsEmptyLabelsOnLabelledKinds() {
            Keyboard keyboard = Keyboard.standard()
                    .row(Button.text(""), Button.callback("", "c"), Button.link("", "https://example.com"))
                    .row(Button.vkApp("", 1, 2, ""))
                    .build();

            assertThat(Found.in(keyboard)).containsExactly(
                    Found.of("rows[0][0].label", LABEL_EMPTY),
                    Found.of("rows[0][1].label", LABEL_EMPTY),
                    Found.of("rows[0][2].label", LABEL_EMPTY),
                    Found.of("rows[1][0].label", LABEL_EMPTY));
        }

        @Test
        void acceptsLocationAndPayWithoutLabel() {
            Keyboard keyboard = Keyboard.inline()
                    .row(Button.location())
                    .row(Button.pay("action=transfer-to-group&group_id=1&aid=10"))
                    .build();

            assertThat(Found.in(keyboard)).isEmpty();
        }
    }

    @Nested
    class Payloads {
        @Test
        void acceptsAPayloadWhoseEncodingIs255Characters() {
            assertThat(VkPlatform.encodePayload(ASCII_247)).hasSize(255);

            assertThat(Found.in(one(Button.callback("A", ASCII_247)))).isEmpty();
        }

        @Test
        void rejectsAPayloadWhoseEncodingIs256Characters() {
            assertThat(Found.in(one(Button.callback("A", ASCII_247 + "a"))))
                    .containsExactly(Found.of("rows[0][0].payload", PAYLOAD_TOO_LONG, 255, 256));
        }

        @Test
        void measuresTextButtonPayloadsToo() {
            assertThat(Found.in(one(Button.text("A", ASCII_247)))).isEmpty();
            assertThat(Found.in(one(Button.text("A", ASCII_247 + "a"))))
                    .containsExactly(Found.of("rows[0][0].payload", PAYLOAD_TOO_LONG, 255, 256));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"", "\\", "\n"})
        void countsEscapedCharactersTwice(String escaped) {
            String fits = "a".repeat(245) + escaped;
            String over = "a".repeat(246) + escaped;

            assertThat(Found.in(one(Button.callback("A", fits)))).isEmpty();
            assertThat(Found.in(one(Button.callback("A", over))))
                    .containsExactly(Found.of("rows[0][0].payload", PAYLOAD_TOO_LONG, 255, 256));
        }

        @Test
        void countsACyrillicLetterOnce() {
            assertThat(Found.in(one(Button.callback("A", "я".repeat(247))))).isEmpty();
            assertThat(Found.in(one(Button.callback("A", "я".repeat(248)))))
                    .containsExactly(Found.of("rows[0][0].payload", PAYLOAD_TOO_LONG, 255, 256));
        }

        @Test
        void countsAFourByteEmojiAsTwoUnits() {
            assertThat(Found.in(one(Button.callback("A", "😀".repeat(123) + "a")))).isEmpty();
            assertThat(Found.in(one(Button.callback("A", "😀".repeat(124)))))
                    .containsExactly(Found.of("rows[0][0].payload", PAYLOAD_TOO_LONG, 255, 256));
        }

        @Test
        void acceptsAnEmptyPayload() {
            assertThat(Found.in(one(Button.callback("A", "")))).isEmpty();
            assertThat(Found.in(one(Button.text("A", "")))).isEmpty();
        }

        @Test
        void warnsAboutARepeatedPayloadAcrossCallbackAndTextButtons() {
            Keyboard keyboard = Keyboard.standard()
                    .row(Button.callback("Yes", "vote"), Button.callback("No", "vote"))
                    .row(Button.text("Again", "vote"), Button.text("Plain"), Button.text("Plain too"))
                    .build();

            ValidationReport report = Validator.validate(keyboard, VkPlatform.rules());

            assertThat(Found.in(report)).containsExactly(
                    Found.of("rows[0][1].payload", DUPLICATE_PAYLOAD),
                    Found.of("rows[1][0].payload", DUPLICATE_PAYLOAD));
            assertThat(report.isValid()).isTrue();
        }
    }

    @Nested
    class Kinds {
        @ParameterizedTest
        @EnumSource(value = KeyboardType.class, names = {"INLINE", "STANDARD"})
        void acceptsEverySupportedKind(KeyboardType type) {
            Keyboard keyboard = Keyboard.builder(type)
                    .row(Button.callback("Yes", "y"), Button.text("Hi", "h"), Button.link("Docs", "https://vk.com"))
                    .row(Button.location())
                    .row(Button.vkApp("Shop", 6232540, 123456, ""))
                    .row(Button.pay("action=transfer-to-group&group_id=1&aid=10"))
                    .build();

            assertThat(Found.in(keyboard)).isEmpty();
        }

        @Test
        void rejectsContactAndCopyButtons() {
            assertThat(Found.in(Keyboard.standard().row(Button.contact("Phone")).build()))
                    .containsExactly(Found.of("rows[0][0]", UNSUPPORTED_BUTTON));
            assertThat(Found.in(Keyboard.inline().row(Button.copy("Copy", "code")).build()))
                    .containsExactly(Found.of("rows[0][0]", UNSUPPORTED_BUTTON));
        }

        @Test
        void requiresLocationAppAndPayToBeAloneInTheirRow() {
            Keyboard keyboard = Keyboard.standard()
                    .row(Button.location(), Button.text("A"))
                    .row(Button.text("B"), Button.vkApp("Shop", 1, 2, ""))
                    .row(Button.pay("action=pay-to-group&group_id=1&amount=5&aid=10"),
                            Button.pay("action=transfer-to-group&group_id=1&aid=10"))
                    .build();

            assertThat(Found.in(keyboard)).containsExactly(
                    Found.of("rows[0][0]", MUST_BE_ALONE_IN_ROW),
                    Found.of("rows[1][1]", MUST_BE_ALONE_IN_ROW),
                    Found.of("rows[2][0]", MUST_BE_ALONE_IN_ROW),
                    Found.of("rows[2][1]", MUST_BE_ALONE_IN_ROW));
        }

        @Test
        void letsLinksShareARow() {
            Keyboard keyboard = Keyboard.inline()
                    .row(Button.link("Docs", "https://vk.com/dev"), Button.callback("More", "more"))
                    .build();

            assertThat(Found.in(keyboard)).isEmpty();
        }
    }

    @Nested
    class Styles {
        @Test
        void honoursStylesOnTextAndCallbackButtons() {
            Keyboard keyboard = Keyboard.standard()
                    .row(Button.text("A").withStyle(Style.PRIMARY), Button.text("B").withStyle(Style.SECONDARY),
                            Button.callback("C", "c").withStyle(Style.POSITIVE),
                            Button.callback("D", "d").withStyle(Style.NEGATIVE))
                    .build();

            assertThat(Found.in(keyboard)).isEmpty();
        }

        @Test
        void warnsThatStylesOfLinkLocationAppAndPayAreIgnored() {
            Keyboard keyboard = Keyboard.standard()
                    .row(Button.link("Docs", "https://vk.com").withStyle(Style.PRIMARY))
                    .row(Button.location().withStyle(Style.POSITIVE))
                    .row(Button.vkApp("Shop", 1, 2, "").withStyle(Style.NEGATIVE))
                    .row(Button.pay("action=transfer-to-group&group_id=1&aid=10").withStyle(Style.SECONDARY))
                    .build();

            ValidationReport report = Validator.validate(keyboard, VkPlatform.rules());

            assertThat(Found.in(report)).containsExactly(
                    Found.of("rows[0][0].style", STYLE_IGNORED),
                    Found.of("rows[1][0].style", STYLE_IGNORED),
                    Found.of("rows[2][0].style", STYLE_IGNORED),
                    Found.of("rows[3][0].style", STYLE_IGNORED));
            assertThat(report.isValid()).isTrue();
        }
    }

    @Nested
    class Options {
        @Test
        void rejectsOneTimeOnAnInlineKeyboard() {
            Keyboard keyboard = Keyboard.inline().row(Button.callback("A", "a")).oneTime().build();

            assertThat(Found.in(keyboard)).containsExactly(Found.of("oneTime", OPTION_UNSUPPORTED));
        }

        @Test
        void acceptsOneTimeOnAStandardKeyboard() {
            assertThat(Found.in(Keyboard.standard().row(Button.text("A")).oneTime().build())).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = KeyboardType.class, names = {"INLINE", "STANDARD"})
        void warnsThatPersistentAndPlaceholderAreIgnored(KeyboardType type) {
            Keyboard keyboard = Keyboard.builder(type).row(Button.text("A")).persistent().placeholder("Pick").build();

            ValidationReport report = Validator.validate(keyboard, VkPlatform.rules());

            assertThat(Found.in(report)).containsExactly(
                    Found.of("persistent", OPTION_IGNORED),
                    Found.of("placeholder", OPTION_IGNORED));
            assertThat(report.isValid()).isTrue();
        }

        @Test
        void warnsThatAnEmptyPlaceholderIsIgnoredToo() {
            assertThat(Found.in(Keyboard.standard().row(Button.text("A")).placeholder("").build()))
                    .containsExactly(Found.of("placeholder", OPTION_IGNORED));
        }
    }

    @Nested
    class Links {
        @ParameterizedTest
        @ValueSource(strings = {"https://example.com/rules", "http://example.com", "HTTPS://EXAMPLE.COM/",
            "https://example.com:8443/a?b=c#d", "https://user@example.com/", "https://пример.рф/",
            "https://my_host.example.com/", "http://localhost"})
        void acceptsAbsoluteHttpAndHttpsUrls(String url) {
            assertThat(Found.in(one(Button.link("Open", url)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"tg://resolve?domain=durov", "ftp://example.com/file", "mailto:bot@example.com",
            "javascript:alert(1)"})
        void rejectsOtherSchemes(String url) {
            assertThat(urlViolations(url)).singleElement().satisfies(v -> {
                assertThat(Found.of(v)).isEqualTo(Found.of("rows[0][0].url", INVALID_URL));
                assertThat(v.message()).contains("scheme").contains("http and https");
            });
        }

        @Test
        void namesTheRejectedScheme() {
            assertThat(urlViolations("tg://resolve?domain=durov")).extracting(Violation::message)
                    .containsExactly("url scheme \"tg\" is not allowed; VK opens only http and https URLs");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/rules", "example.com/rules", "rules?x=1"})
        void rejectsRelativeUrls(String url) {
            assertThat(urlViolations(url)).singleElement().satisfies(v -> {
                assertThat(Found.of(v)).isEqualTo(Found.of("rows[0][0].url", INVALID_URL));
                assertThat(v.message()).isEqualTo("url \"" + url
                        + "\" is relative; VK opens only absolute http or https URLs");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"https:///rules", "http:example.com", "https://user@:8080/"})
        void rejectsUrlsWithoutHost(String url) {
            assertThat(urlViolations(url)).singleElement().satisfies(v -> {
                assertThat(Found.of(v)).isEqualTo(Found.of("rows[0][0].url", INVALID_URL));
                assertThat(v.message()).isEqualTo("url \"" + url + "\" has no host");
            });
        }

        @Test
        void rejectsMalformedUrls() {
            assertThat(urlViolations("https://example.com/a b")).singleElement().satisfies(v -> {
                assertThat(Found.of(v)).isEqualTo(Found.of("rows[0][0].url", INVALID_URL));
                assertThat(v.message()).startsWith("url \"https://example.com/a b\" is not a valid URL: ");
            });
        }

        @Test
        void reportsAnEmptyUrlAsMissing() {
            assertThat(Found.in(one(Button.link("Open", ""))))
                    .containsExactly(Found.of("rows[0][0].url", MISSING_FIELD));
        }

        private List<Violation> urlViolations(String url) {
            return Validator.validate(one(Button.link("Open", url)), VkPlatform.rules()).violations();
        }
    }

    @Nested
    class RequiredFields {
        @Test
        void acceptsAnAppWithIdAndOwnerWithOrWithoutHash() {
            assertThat(Found.in(one(Button.vkApp("Shop", 6232540, 123456, "")))).isEmpty();
            assertThat(Found.in(one(Button.vkApp("Shop", 6232540, 123456, "item=5")))).isEmpty();
        }

        @Test
        void reportsMissingAppIdAndOwnerIdOfATelegramOnlyAppButton() {
            assertThat(Found.in(one(Button.webApp("Shop", "https://example.com/app")))).containsExactly(
                    Found.of("rows[0][0].appId", MISSING_FIELD),
                    Found.of("rows[0][0].ownerId", MISSING_FIELD));
        }

        @Test
        void reportsEachMissingAppFieldAlone() {
            AppButton noOwner = new AppButton("Shop", Optional.empty(), OptionalLong.of(1), OptionalLong.empty(),
                    Optional.empty(), Style.DEFAULT);
            AppButton noId = new AppButton("Shop", Optional.empty(), OptionalLong.empty(), OptionalLong.of(2),
                    Optional.of("item=5"), Style.DEFAULT);

            assertThat(Found.in(one(noOwner))).containsExactly(Found.of("rows[0][0].ownerId", MISSING_FIELD));
            assertThat(Found.in(one(noId))).containsExactly(Found.of("rows[0][0].appId", MISSING_FIELD));
        }

        @Test
        void reportsAPayButtonWithoutHash() {
            assertThat(Found.in(one(Button.pay("")))).containsExactly(Found.of("rows[0][0].hash", MISSING_FIELD));
        }
    }

    @Test
    void reportsEveryFaultOfOneKeyboardInEngineOrder() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("Yes", "vote"), Button.callback("No", "vote"), Button.text(""),
                        Button.link("Rules", "tg://resolve?domain=rules").withStyle(Style.PRIMARY),
                        Button.contact("Phone"), Button.copy("Copy", "code"))
                .row(List.of())
                .row(Button.location(), Button.pay(""))
                .row(Button.callback("L".repeat(41), "p".repeat(300)))
                .row(Button.webApp("", "https://example.com/app"))
                .row(Button.text("Five"))
                .row(Button.text("Six"))
                .oneTime()
                .persistent()
                .placeholder("Pick one")
                .build();

        ValidationReport report = Validator.validate(keyboard, VkPlatform.rules());

        assertThat(Found.in(report)).containsExactly(
                Found.of("rows", TOO_MANY_ROWS, 6, 7),
                Found.of("$", TOO_MANY_BUTTONS, 10, 12),
                Found.of("oneTime", OPTION_UNSUPPORTED),
                Found.of("persistent", OPTION_IGNORED),
                Found.of("placeholder", OPTION_IGNORED),
                Found.of("rows[0]", ROW_TOO_WIDE, 5, 6),
                Found.of("rows[0][1].payload", DUPLICATE_PAYLOAD),
                Found.of("rows[0][2].label", LABEL_EMPTY),
                Found.of("rows[0][3].style", STYLE_IGNORED),
                Found.of("rows[0][3].url", INVALID_URL),
                Found.of("rows[0][4]", UNSUPPORTED_BUTTON),
                Found.of("rows[0][5]", UNSUPPORTED_BUTTON),
                Found.of("rows[1]", EMPTY_ROW),
                Found.of("rows[2][0]", MUST_BE_ALONE_IN_ROW),
                Found.of("rows[2][1]", MUST_BE_ALONE_IN_ROW),
                Found.of("rows[2][1].hash", MISSING_FIELD),
                Found.of("rows[3][0].label", LABEL_TOO_LONG, 40, 41),
                Found.of("rows[3][0].payload", PAYLOAD_TOO_LONG, 255, 308),
                Found.of("rows[4][0].label", LABEL_EMPTY),
                Found.of("rows[4][0].appId", MISSING_FIELD),
                Found.of("rows[4][0].ownerId", MISSING_FIELD));
        assertThat(report.warnings()).extracting(Violation::path)
                .containsExactly("persistent", "placeholder", "rows[0][1].payload", "rows[0][3].style");
    }

    /** A keyboard of text buttons with the given row widths. */
    private static Keyboard keyboard(KeyboardType type, int... widths) {
        KeyboardBuilder builder = Keyboard.builder(type);
        int n = 0;
        for (int width : widths) {
            List<Button> row = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                row.add(Button.text("Button " + n++));
            }
            builder.row(row);
        }
        return builder.build();
    }

    /** A standard keyboard holding just {@code button}. */
    private static Keyboard one(Button button) {
        return Keyboard.standard().row(button).build();
    }
}
