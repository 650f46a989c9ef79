package dev.switchboard.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.LinkButton;
import dev.switchboard.core.keyboard.Style;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine against a made-up platform, so no real platform's numbers are needed here. */
class ValidatorTest {
    private static final PlatformId TOY = new PlatformId("toy", "Toy");

    /** Every rule kind the engine knows, with small numbers. */
    private static final KeyboardRules RULES = KeyboardRules.builder(TOY)
            .keyboard(KeyboardType.INLINE, Shape.of(2, 2, 3),
                    EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT, ButtonKind.LINK, ButtonKind.LOCATION))
            .keyboard(KeyboardType.STANDARD, Shape.of(3, 5), EnumSet.of(ButtonKind.TEXT, ButtonKind.LOCATION))
            .options(KeyboardType.INLINE, Map.of(KeyboardOption.ONE_TIME, OptionSupport.UNSUPPORTED,
                    KeyboardOption.PERSISTENT, OptionSupport.IGNORED, KeyboardOption.PLACEHOLDER, OptionSupport.IGNORED))
            .options(KeyboardType.STANDARD, Map.of())
            .maxPlaceholderLength(5)
            .fullWidthKinds(EnumSet.of(ButtonKind.LOCATION))
            .styledKinds(EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT))
            .unlabelledKinds(EnumSet.of(ButtonKind.LOCATION))
            .maxLabelLength(4)
            .payload(new PayloadRule(1, 6, PayloadUnit.BYTES_UTF8, p -> "<" + p + ">",
                    EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT)))
            .textButtonsSendLabelOnly(true)
            .keyboardCheck((keyboard, issues) -> {
                if (keyboard.buttonCount() == 3) {
                    issues.add("", ViolationCode.MARKUP_TOO_LARGE, 2, 3, "three is too many bytes");
                }
            })
            .buttonCheck((button, type, issues) -> {
                if (button instanceof LinkButton link && !link.url().startsWith("https:")) {
                    issues.add("url", ViolationCode.INVALID_URL, "not https");
                }
            })
            .build();

    @Test
    void validKeyboardHasAnEmptyReport() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("Yes", "y"), Button.callback("No", "n")).build();

        ValidationReport report = Validator.validate(keyboard, RULES);

        assertThat(report.violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void reportsEveryViolationKeyboardLevelFirstThenRowMajor() {
        Keyboard keyboard = new Keyboard(KeyboardType.INLINE, List.of(
                List.of(Button.callback("Toolong", "abc"), Button.callback("", "abcdef"), Button.text("Go", "x")),
                List.of(),
                List.of(Button.location(), Button.link("Site", "http://a.b")),
                List.of(Button.contact("Call"), Button.text("Go", "abc").withStyle(Style.NEGATIVE),
                        Button.link("L", "https://a.b").withStyle(Style.POSITIVE))),
                true, true, java.util.Optional.of("hi"));

        ValidationReport report = Validator.validate(keyboard, RULES);

        assertThat(report.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("rows", ViolationCode.TOO_MANY_ROWS),
                tuple("$", ViolationCode.TOO_MANY_BUTTONS),
                tuple("oneTime", ViolationCode.OPTION_UNSUPPORTED),
                tuple("persistent", ViolationCode.OPTION_IGNORED),
                tuple("placeholder", ViolationCode.OPTION_IGNORED),
                tuple("rows[0]", ViolationCode.ROW_TOO_WIDE),
                tuple("rows[0][0].label", ViolationCode.LABEL_TOO_LONG),
                tuple("rows[0][1].label", ViolationCode.LABEL_EMPTY),
                tuple("rows[0][1].payload", ViolationCode.PAYLOAD_TOO_LONG),
                tuple("rows[1]", ViolationCode.EMPTY_ROW),
                tuple("rows[2][0]", ViolationCode.MUST_BE_ALONE_IN_ROW),
                tuple("rows[2][1].url", ViolationCode.INVALID_URL),
                tuple("rows[3]", ViolationCode.ROW_TOO_WIDE),
                tuple("rows[3][0]", ViolationCode.UNSUPPORTED_BUTTON),
                tuple("rows[3][1]", ViolationCode.AMBIGUOUS_TEXT_BUTTON),
                tuple("rows[3][1].payload", ViolationCode.DUPLICATE_PAYLOAD),
                tuple("rows[3][2].style", ViolationCode.STYLE_IGNORED));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void aRepeatedPayloadNamesTheButtonItFirstCameFromAcrossEmptyRows() {
        Keyboard keyboard = new Keyboard(KeyboardType.INLINE, List.of(
                List.of(Button.callback("A", "x"), Button.callback("B", "y")),
                List.of(),
                List.of(Button.callback("C", "z"), Button.callback("D", "y"))),
                false, false, java.util.Optional.empty());

        assertThat(Validator.validate(keyboard, RULES).violations())
                .filteredOn(v -> v.code() == ViolationCode.DUPLICATE_PAYLOAD)
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple("rows[2][1].payload",
                        "payload repeats rows[0][1]; presses of both buttons look the same"));
    }

    @Test
    void numericViolationsCarryLimitAndActual() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("A", "abcde")).build();

        Violation violation = Validator.validate(keyboard, RULES).violations().get(0);

        assertThat(violation).isEqualTo(Violation.of(TOY, "rows[0][0].payload", ViolationCode.PAYLOAD_TOO_LONG, 6, 7,
                "payload is 7 bytes once encoded; Toy allows 6"));
        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void payloadIsMeasuredAfterEncodingInThePlatformsUnit() {
        // "ж" is 2 UTF-8 bytes; "<жж>" is 6 bytes, "<жжж>" is 8.
        assertThat(Validator.validate(Keyboard.inline().row(Button.callback("A", "жж")).build(), RULES).isValid())
                .isTrue();
        Violation over = Validator.validate(Keyboard.inline().row(Button.callback("A", "жжж")).build(), RULES)
                .violations().get(0);
        assertThat(over.actual()).hasValue(8);
    }

    @Test
    void emptyPayloadIsReportedWhenThePlatformNeedsOne() {
        Violation violation = Validator.validate(Keyboard.inline().row(Button.callback("A", "")).build(), RULES)
                .violations().get(0);

        assertThat(violation.code()).isEqualTo(ViolationCode.PAYLOAD_EMPTY);
        assertThat(violation.limit()).hasValue(1);
        assertThat(violation.actual()).hasValue(0);
    }

    @Test
    void emptyKeyboardAndEmptyRowsAreErrors() {
        Keyboard empty = new Keyboard(KeyboardType.STANDARD, List.of(List.of()), false, false,
                java.util.Optional.empty());

        assertThat(Validator.validate(empty, RULES).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("rows", ViolationCode.EMPTY_KEYBOARD), tuple("rows[0]", ViolationCode.EMPTY_ROW));
    }

    @Test
    void keyboardHooksReportAtTheWholeKeyboard() {
        Keyboard three = Keyboard.standard().row(Button.text("A"), Button.text("B"), Button.text("C")).build();

        assertThat(Validator.validate(three, RULES).violations()).containsExactly(
                Violation.of(TOY, "$", ViolationCode.MARKUP_TOO_LARGE, 2, 3, "three is too many bytes"));
    }

    @Test
    void placeholderLengthIsCheckedWhereSupported() {
        Keyboard fits = Keyboard.standard().row(Button.text("A")).placeholder("12345").build();
        Keyboard over = Keyboard.standard().row(Button.text("A")).placeholder("123456").build();
        Keyboard empty = Keyboard.standard().row(Button.text("A")).placeholder("").build();

        assertThat(Validator.validate(fits, RULES).violations()).isEmpty();
        assertThat(Validator.validate(over, RULES).violations()).containsExactly(Violation.of(TOY, "placeholder",
                ViolationCode.PLACEHOLDER_TOO_LONG, 5, 6, "placeholder is 6 characters; Toy allows 1–5"));
        assertThat(Validator.validate(empty, RULES).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.OPTION_IGNORED);
    }

    @Test
    void warningsAloneLeaveTheReportValid() {
        Keyboard keyboard = Keyboard.inline().row(Button.callback("A", "x"), Button.callback("B", "x"))
                .persistent().build();

        ValidationReport report = Validator.validate(keyboard, RULES);

        assertThat(report.warnings()).extracting(Violation::code)
                .containsExactly(ViolationCode.OPTION_IGNORED, ViolationCode.DUPLICATE_PAYLOAD);
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void removeKeyboardIsAlwaysValid() {
        assertThat(Validator.validate(Keyboard.remove(), RULES).violations()).isEmpty();
    }

    @Test
    void severalPlatformsAreReportedInTheOrderGiven() {
        KeyboardRules strict = KeyboardRules.builder(new PlatformId("strict", "Strict"))
                .keyboard(KeyboardType.INLINE, Shape.of(1, 1), EnumSet.allOf(ButtonKind.class))
                .keyboard(KeyboardType.STANDARD, Shape.of(1, 1), EnumSet.allOf(ButtonKind.class))
                .options(KeyboardType.INLINE, Map.of()).options(KeyboardType.STANDARD, Map.of())
                .payload(new PayloadRule(0, 100, PayloadUnit.CHARS, p -> p, EnumSet.of(ButtonKind.CALLBACK)))
                .build();
        Keyboard two = Keyboard.inline().row(Button.callback("A", "a"), Button.callback("B", "b")).build();

        ValidationReport report = Validator.validate(two, strict, RULES);

        assertThat(report.violations()).extracting(v -> v.platform().value(), Violation::code).containsExactly(
                tuple("strict", ViolationCode.TOO_MANY_BUTTONS), tuple("strict", ViolationCode.ROW_TOO_WIDE));
        assertThat(report.forPlatform(TOY).violations()).isEmpty();
    }

    @Test
    void rejectedExceptionCarriesTheWholeReportAndSummarisesIt() {
        List<Button> five = Collections.nCopies(5, Button.callback("", ""));
        ValidationReport report = Validator.validate(Keyboard.inline().row(five).build(), RULES);

        assertThatThrownBy(report::orThrow).isInstanceOfSatisfying(KeyboardRejectedException.class, e -> {
            assertThat(e.report()).isEqualTo(report);
            assertThat(e.getMessage()).startsWith("rejected with " + report.errors().size() + " errors: toy $ "
                    + "TOO_MANY_BUTTONS keyboard has 5 buttons; Toy allows 3; toy rows[0] ROW_TOO_WIDE").endsWith(" more");
        });
    }

    @Test
    void violationSeverityMustMatchItsCode() {
        assertThatThrownBy(() -> new Violation(TOY, "$", ViolationCode.EMPTY_ROW, Severity.WARNING,
                java.util.OptionalLong.empty(), java.util.OptionalLong.empty(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesMustDescribeBothKeyboardTypes() {
        assertThatThrownBy(() -> KeyboardRules.builder(TOY)
                .keyboard(KeyboardType.INLINE, Shape.of(1, 1), EnumSet.allOf(ButtonKind.class))
                .options(KeyboardType.INLINE, Map.of())
                .payload(new PayloadRule(0, 1, PayloadUnit.CHARS, p -> p, EnumSet.noneOf(ButtonKind.class)))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STANDARD");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
