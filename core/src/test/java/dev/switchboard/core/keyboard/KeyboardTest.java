package dev.switchboard.core.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KeyboardTest {

    @Test
    void builderAddsRowsInOrderWithOptions() {
        Keyboard keyboard = Keyboard.standard()
                .row(Button.text("A"), Button.text("B"))
                .row(Button.location("Where am I"))
                .oneTime()
                .persistent()
                .placeholder("Pick one")
                .build();

        assertThat(keyboard.type()).isEqualTo(KeyboardType.STANDARD);
        assertThat(keyboard.rows()).containsExactly(
                List.of(Button.text("A"), Button.text("B")),
                List.of(Button.location("Where am I")));
        assertThat(keyboard.oneTime()).isTrue();
        assertThat(keyboard.persistent()).isTrue();
        assertThat(keyboard.placeholder()).contains("Pick one");
        assertThat(keyboard.buttonCount()).isEqualTo(3);
    }

    @Test
    void arrangeLaysButtonsByARepeatingWidthPattern() {
        List<Button> five = buttons(5);

        Keyboard keyboard = Keyboard.inline().arrange(five, 2, 1).build();

        assertThat(keyboard.rows()).extracting(List::size).containsExactly(2, 1, 2);
        assertThat(keyboard.rows().get(2)).containsExactly(five.get(3), five.get(4));
    }

    @Test
    void arrangeWithOneWidthMakesAGridWithAShortLastRow() {
        assertThat(Rows.arrange(buttons(7), 3)).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(Rows.arrange(List.of(), 3)).isEmpty();
    }

    @Test
    void arrangeRejectsMissingOrNonPositiveWidths() {
        assertThatThrownBy(() -> Rows.arrange(buttons(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("widths");
        assertThatThrownBy(() -> Rows.arrange(buttons(2), 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive: 0");
    }

    @Test
    void keepsWhatAPlatformWouldRejectSoTheValidatorCanReportIt() {
        String longLabel = "x".repeat(500);
        List<Button> wide = Collections.nCopies(20, Button.callback(longLabel, "p".repeat(300)));

        Keyboard keyboard = Keyboard.inline().row(wide).row(List.of()).row(Button.text("")).build();

        assertThat(keyboard.rows()).hasSize(3);
        assertThat(keyboard.rows().get(0)).hasSize(20);
        assertThat(keyboard.rows().get(1)).isEmpty();
    }

    @Test
    void rowsAreCopiedAndImmutable() {
        List<Button> row = new ArrayList<>(List.of(Button.text("A")));
        List<List<Button>> rows = new ArrayList<>(List.of(row));

        Keyboard keyboard = new Keyboard(KeyboardType.STANDARD, rows, false, false, Optional.empty());
        row.add(Button.text("B"));
        rows.add(List.of());

        assertThat(keyboard.rows()).containsExactly(List.of(Button.text("A")));
        assertThatThrownBy(() -> keyboard.rows().get(0).add(Button.text("C")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullsNamingTheArgument() {
        assertThatThrownBy(() -> Button.callback(null, "p")).isInstanceOf(NullPointerException.class)
                .hasMessage("label");
        assertThatThrownBy(() -> Button.callback("Yes", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("payload");
        assertThatThrownBy(() -> Button.text("A").withStyle(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("style");
        assertThatThrownBy(() -> new AppButton("A", Optional.empty(), null, OptionalLong.empty(), Optional.empty(),
                Style.DEFAULT)).isInstanceOf(NullPointerException.class).hasMessage("appId");
        assertThatThrownBy(() -> new Keyboard(KeyboardType.INLINE, null, false, false, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("rows");
        assertThatThrownBy(() -> Keyboard.inline().row(Button.text("A"), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Keyboard.standard().placeholder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void removeKeyboardHasNoRowsAndNoOptions() {
        assertThat(Keyboard.remove().rows()).isEmpty();
        assertThat(Keyboard.remove().type()).isEqualTo(KeyboardType.REMOVE);
        assertThatThrownBy(() -> new Keyboard(KeyboardType.REMOVE, List.of(List.of(Button.text("A"))), false, false,
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REMOVE");
        assertThatThrownBy(() -> Keyboard.builder(KeyboardType.REMOVE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withStyleChangesOnlyTheStyle() {
        CallbackButton yes = Button.callback("Yes", "vote:yes");

        CallbackButton green = yes.withStyle(Style.POSITIVE);

        assertThat(green).isEqualTo(new CallbackButton("Yes", "vote:yes", Style.POSITIVE));
        assertThat(yes.style()).isEqualTo(Style.DEFAULT);
    }

    @Test
    void carriedPayloadIsThePayloadOfCallbackAndTextButtonsOnly() {
        assertThat(Button.callback("A", "a").carriedPayload()).contains("a");
        assertThat(Button.text("B", "b").carriedPayload()).contains("b");
        assertThat(Button.text("C").carriedPayload()).isEmpty();
        assertThat(Button.link("D", "https://example.com").carriedPayload()).isEmpty();
    }

    @Test
    void toBuilderStartsFromTheKeyboard() {
        Keyboard first = Keyboard.standard().row(Button.text("A")).oneTime().build();

        Keyboard more = first.toBuilder().row(Button.text("B")).build();

        assertThat(more.rows()).hasSize(2);
        assertThat(more.oneTime()).isTrue();
        assertThat(first.rows()).hasSize(1);
    }

    @Test
    void everyKindHasItsRecordAndJsonName() {
        List<Button> all = List.of(Button.callback("a", "b"), Button.text("a"), Button.link("a", "https://x.io"),
                Button.location(), Button.contact("a"), Button.webApp("a", "https://x.io"), Button.pay("h"),
                Button.copy("a", "b"), Button.unrepresentable(dev.switchboard.core.PlatformId.TELEGRAM, "login_url", "a"));

        assertThat(all).extracting(Button::kind).containsExactly(ButtonKind.values());
        assertThat(ButtonKind.CALLBACK.jsonName()).isEqualTo("callback");
        assertThat(Button.vkApp("Open", 1, -2, "").hash()).isEmpty();
    }

    private static List<Button> buttons(int count) {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            buttons.add(Button.callback("B" + i, "b:" + i));
        }
        return buttons;
    }
}
