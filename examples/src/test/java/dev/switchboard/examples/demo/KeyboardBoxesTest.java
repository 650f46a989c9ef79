package dev.switchboard.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import org.junit.jupiter.api.Test;

class KeyboardBoxesTest {
    private static final KeyboardBoxes UNICODE = KeyboardBoxes.plain(Glyphs.UNICODE);

    @Test
    void aRowIsThreeLinesOfBoxesWithCentredLabels() {
        Keyboard vote = Keyboard.inline().row(Button.callback("Yes", "y"), Button.callback("No", "n")).build();

        assertThat(UNICODE.draw(vote)).containsExactly(
                "┌─────┐ ┌─────┐",
                "│ Yes │ │ No  │",
                "└─────┘ └─────┘");
    }

    @Test
    void everyRowIsAsWideAsTheWidestAndItsButtonsShareItEqually() {
        Keyboard page = Keyboard.inline()
                .row(Button.callback("Item 1", "a"), Button.callback("Item 2", "b"))
                .row(Button.callback("▶", "next"))
                .build();

        assertThat(UNICODE.draw(page)).containsExactly(
                "┌────────┐ ┌────────┐",
                "│ Item 1 │ │ Item 2 │",
                "└────────┘ └────────┘",
                "┌───────────────────┐",
                "│         ▶         │",
                "└───────────────────┘");
    }

    @Test
    void wideLabelsAndEmojiAreMeasuredInTerminalColumns() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("🛒 Cart", "cart"), Button.callback("目录", "catalogue"))
                .row(Button.callback("◀", "prev"), Button.callback("▶", "next"))
                .build();

        assertThat(UNICODE.draw(keyboard)).containsExactly(
                "┌─────────┐ ┌─────────┐",
                "│ 🛒 Cart │ │  目录   │",
                "└─────────┘ └─────────┘",
                "┌─────────┐ ┌─────────┐",
                "│    ◀    │ │    ▶    │",
                "└─────────┘ └─────────┘");
        assertThat(DisplayWidth.of("🛒 Cart")).isEqualTo(7);
        assertThat(DisplayWidth.of("目录")).isEqualTo(4);
        assertThat(DisplayWidth.of("◀")).isEqualTo(1);
    }

    @Test
    void asciiDrawsWithPlusMinusAndBarAndTransliteratesArrows() {
        Keyboard nav = Keyboard.inline().row(Button.callback("◀ Back", "prev"), Button.callback("Next ▶", "next"))
                .build();

        assertThat(KeyboardBoxes.plain(Glyphs.ASCII).draw(nav)).containsExactly(
                "+--------+ +--------+",
                "| < Back | | Next > |",
                "+--------+ +--------+");
    }

    @Test
    void numberedBoxesNumberButtonsRowByRowFromOneInBracketsApartFromTheLabel() {
        Keyboard keyboard = Keyboard.inline()
                .row(Button.callback("Yes", "y"), Button.callback("Item 9", "n"))
                .row(Button.link("Rules", "https://example.com/rules"))
                .build();

        assertThat(KeyboardBoxes.numbered(Glyphs.UNICODE).draw(keyboard)).containsExactly(
                "┌────────────┐ ┌────────────┐",
                "│  [1] Yes   │ │ [2] Item 9 │",
                "└────────────┘ └────────────┘",
                "┌───────────────────────────┐",
                "│        [3] Rules ↗        │",
                "└───────────────────────────┘");
    }

    @Test
    void aKeyboardWithoutButtonsDrawsNothing() {
        assertThat(UNICODE.draw(Keyboard.remove())).isEmpty();
    }
}
