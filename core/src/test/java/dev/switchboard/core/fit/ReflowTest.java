package dev.switchboard.core.fit;

import static dev.switchboard.core.fit.ToyRules.RULES;
import static dev.switchboard.core.fit.ToyRules.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link KeyboardFitter#reflow} on the toy platform: inline rows of 3, 4 rows, 9 buttons; location alone. */
class ReflowTest {
    private final KeyboardFitter fitter = KeyboardFitter.of(RULES);

    @Test
    void splitsARowThatIsTooWideIntoRowsAsWideAsThePlatformAllows() {
        Keyboard wide = Keyboard.inline().row(items(7)).build();

        Keyboard fitted = fitter.reflow(wide);

        assertThat(widths(fitted)).containsExactly(3, 3, 1);
        assertThat(flat(fitted)).isEqualTo(items(7));
    }

    @Test
    void splitsByThePreferredWidthsRepeated() {
        Keyboard wide = Keyboard.standard().row(items(7)).build();

        assertThat(widths(fitter.widths(2, 1).reflow(wide))).containsExactly(2, 1, 2, 1, 1);
    }

    @Test
    void shrinksAPreferredWidthThePlatformDoesNotAllow() {
        Keyboard wide = Keyboard.inline().row(items(8)).build();

        assertThat(widths(fitter.widths(5).reflow(wide))).containsExactly(3, 3, 2);
    }

    @Test
    void keepsRowsThatAlreadyFitAsTheyAre() {
        Keyboard keyboard = Keyboard.standard().row(items(2)).row(items(6)).build();

        assertThat(widths(fitter.widths(1).reflow(keyboard))).containsExactly(2, 1, 1, 1, 1, 1, 1);
        assertThat(widths(fitter.reflow(keyboard))).containsExactly(2, 4, 2);
    }

    @Test
    void givesAButtonThatMustBeAloneARowOfItsOwn() {
        Button location = Button.location();
        Keyboard keyboard = Keyboard.inline().row(Button.callback("a", "a"), location, Button.callback("b", "b"))
                .build();

        Keyboard fitted = fitter.reflow(keyboard);

        assertThat(fitted.rows()).containsExactly(List.of(Button.callback("a", "a")), List.of(location),
                List.of(Button.callback("b", "b")));
    }

    @Test
    void dropsEmptyRows() {
        Keyboard keyboard = Keyboard.inline().row(items(1)).row(List.of()).row(items(2)).build();

        assertThat(widths(fitter.reflow(keyboard))).containsExactly(1, 2);
    }

    @Test
    void packsButtonsDenselyInOrderWhenSplittingMakesTooManyRows() {
        Keyboard tall = Keyboard.inline().row(items(1)).row(items(1)).row(items(1)).row(items(1)).row(items(2))
                .build();

        Keyboard fitted = fitter.reflow(tall);

        assertThat(widths(fitted)).containsExactly(3, 3);
        assertThat(Validator.validate(fitted, RULES).isValid()).isTrue();
    }

    @Test
    void keepsTypeAndOptions() {
        Keyboard standard = Keyboard.standard().row(items(6)).oneTime().placeholder("pick").build();

        Keyboard fitted = fitter.reflow(standard);

        assertThat(fitted.type()).isEqualTo(standard.type());
        assertThat(fitted.oneTime()).isTrue();
        assertThat(fitted.placeholder()).contains("pick");
        assertThat(widths(fitted)).containsExactly(4, 2);
    }

    @Test
    void returnsARemoveKeyboardAsItIs() {
        assertThat(fitter.reflow(Keyboard.remove())).isSameAs(Keyboard.remove());
    }

    @Test
    void reportsTooManyRowsWhenButtonsThatMustBeAloneNeedMoreRowsThanAllowed() {
        Keyboard keyboard = Keyboard.inline().row(Button.location(), Button.location(), Button.location(),
                Button.location(), Button.location()).build();

        assertThatThrownBy(() -> fitter.reflow(keyboard)).isInstanceOfSatisfying(KeyboardFitException.class, e -> {
            Violation reason = e.reason();
            assertThat(reason.code()).isEqualTo(ViolationCode.TOO_MANY_ROWS);
            assertThat(reason.path()).isEqualTo("rows");
            assertThat(reason.limit()).isEqualTo(OptionalLong.of(4));
            assertThat(reason.actual()).isEqualTo(OptionalLong.of(5));
            assertThat(reason.message()).contains("5 button(s) alone in their rows", "Toy inline allows 4");
        });
    }

    @Test
    void reportsTooManyButtonsForOneKeyboard() {
        Keyboard keyboard = Keyboard.inline().row(items(10)).build();

        assertThatThrownBy(() -> fitter.reflow(keyboard)).isInstanceOfSatisfying(KeyboardFitException.class, e ->
                assertThat(e.report().errors()).extracting(Violation::code, Violation::path, Violation::limit,
                                Violation::actual)
                        .contains(org.assertj.core.groups.Tuple.tuple(ViolationCode.TOO_MANY_BUTTONS, "$",
                                OptionalLong.of(9), OptionalLong.of(10))));
    }

    @Test
    void reportsAnInvalidLabelAtItsPlaceInTheKeyboardGiven() {
        List<Button> row = List.of(Button.callback("a", "a"), Button.callback("b", "b"), Button.callback("c", "c"),
                Button.callback("d", "d"), Button.callback("far too long a label", "e"));
        Keyboard keyboard = Keyboard.inline().row(row).build();

        assertThatThrownBy(() -> fitter.reflow(keyboard)).isInstanceOfSatisfying(KeyboardFitException.class, e -> {
            assertThat(e.report().errors()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(ViolationCode.LABEL_TOO_LONG);
                assertThat(v.path()).isEqualTo("rows[0][4].label");
            });
            assertThat(e.getMessage()).startsWith("cannot fit the keyboard: toy rows[0][4].label LABEL_TOO_LONG");
        });
    }

    @Test
    void reportsAnOptionThePlatformRefusesWhateverTheLayout() {
        Keyboard keyboard = Keyboard.inline().row(items(2)).oneTime().build();

        assertThatThrownBy(() -> fitter.reflow(keyboard)).isInstanceOfSatisfying(KeyboardFitException.class, e ->
                assertThat(e.reason().code()).isEqualTo(ViolationCode.OPTION_UNSUPPORTED));
    }

    @Test
    void remembersThePreferredWidths() {
        assertThat(fitter.preferredWidths()).isEmpty();
        assertThat(fitter.widths(2, 3).preferredWidths()).containsExactly(2, 3);
        assertThat(fitter.widths(2, 3).maxPerRow().preferredWidths()).isEmpty();
    }

    @Test
    void rejectsWidthsThatAreNotPositive() {
        assertThatThrownBy(() -> fitter.widths(2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> fitter.widths()).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Integer> widths(Keyboard keyboard) {
        return keyboard.rows().stream().map(List::size).toList();
    }

    static List<Button> flat(Keyboard keyboard) {
        return keyboard.rows().stream().flatMap(List::stream).toList();
    }
}
