package dev.switchboard.examples.demo;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Draws a keyboard as boxes, three lines per row, the way a messenger lays it out: every row as
 * wide as the widest, the buttons of a row sharing it equally, labels centred. Widths are terminal
 * columns ({@link DisplayWidth}), so emoji and wide characters line up. A link button's label
 * ends with {@code ↗} ({@code ^} in ASCII).
 *
 * <pre>
 * ┌─────────┐ ┌─────────┐
 * │   Yes   │ │   No    │
 * └─────────┘ └─────────┘
 * </pre>
 */
final class KeyboardBoxes {
    /** Space between two boxes of a row. */
    private static final int GAP = 1;
    /** Columns between a label and its box's sides, at least. */
    private static final int PADDING = 1;

    private final Glyphs glyphs;
    private final BiFunction<Integer, String, String> numbering;

    private KeyboardBoxes(Glyphs glyphs, BiFunction<Integer, String, String> numbering) {
        this.glyphs = glyphs;
        this.numbering = numbering;
    }

    /** Boxes with the labels as they are. */
    static KeyboardBoxes plain(Glyphs glyphs) {
        return new KeyboardBoxes(glyphs, (number, label) -> label);
    }

    /**
     * Boxes with each label preceded by its button's number in brackets, 1 first, row by row: {@code [1] Yes}, so a
     * number in the label ({@code [3] Item 9}) is not taken for the button's.
     */
    static KeyboardBoxes numbered(Glyphs glyphs) {
        return new KeyboardBoxes(glyphs, (number, label) -> "[" + number + "] " + label);
    }

    /** The lines of {@code keyboard}; none for a keyboard without buttons. */
    List<String> draw(Keyboard keyboard) {
        List<List<String>> labels = labels(keyboard);
        int width = 0;
        for (List<String> row : labels) {
            int widest = row.stream().mapToInt(DisplayWidth::of).max().orElse(0);
            width = Math.max(width, row.size() * (widest + 2 * PADDING + 2) + (row.size() - 1) * GAP);
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : labels) {
            drawRow(row, width, lines);
        }
        return lines;
    }

    private void drawRow(List<String> row, int width, List<String> lines) {
        int n = row.size();
        int inner = width - (n - 1) * GAP - 2 * n;
        StringBuilder top = new StringBuilder();
        StringBuilder middle = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cell = inner / n + (i < inner % n ? 1 : 0);
            String label = row.get(i);
            int left = (cell - DisplayWidth.of(label)) / 2;
            int right = cell - DisplayWidth.of(label) - left;
            String gap = i == 0 ? "" : " ".repeat(GAP);
            top.append(gap).append(glyphs.topLeft).append(glyphs.horizontal.repeat(cell)).append(glyphs.topRight);
            middle.append(gap).append(glyphs.vertical).append(" ".repeat(left)).append(label)
                    .append(" ".repeat(right)).append(glyphs.vertical);
            bottom.append(gap).append(glyphs.bottomLeft).append(glyphs.horizontal.repeat(cell))
                    .append(glyphs.bottomRight);
        }
        lines.add(top.toString());
        lines.add(middle.toString());
        lines.add(bottom.toString());
    }

    private List<List<String>> labels(Keyboard keyboard) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (List<Button> row : keyboard.rows()) {
            List<String> labels = new ArrayList<>();
            for (Button button : row) {
                String label = glyphs.text(button.label());
                if (button.kind() == ButtonKind.LINK) {
                    label = label + " " + glyphs.link;
                }
                labels.add(numbering.apply(number++, label));
            }
            if (!labels.isEmpty()) {
                rows.add(labels);
            }
        }
        return rows;
    }
}
