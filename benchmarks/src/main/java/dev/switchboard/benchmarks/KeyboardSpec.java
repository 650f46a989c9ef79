package dev.switchboard.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A keyboard as plain data: rows of {@link ButtonSpec}s and whether it is inline (attached to a
 * message) or standard (VK's keyboard under the input field).
 *
 * @param name the benchmark parameter that selects it
 * @param inline true for an inline keyboard
 * @param rows the buttons, row by row
 */
public record KeyboardSpec(String name, boolean inline, List<List<ButtonSpec>> rows) {
    public KeyboardSpec {
        requireNonNull(name, "name");
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The 2-button vote: Yes and No, coloured. Valid on both platforms as an inline keyboard. */
    public static KeyboardSpec vote() {
        return new KeyboardSpec("vote", true, List.of(List.of(
                ButtonSpec.callback("👍 Yes", "vote:yes", "positive"),
                ButtonSpec.callback("👎 No", "vote:no", "negative"))));
    }

    /**
     * A 30-button catalogue page: 27 items in rows of three, then back, page and forward. Telegram
     * takes it inline; VK inline keyboards hold at most 10 buttons, so VK gets it as a standard
     * keyboard (at most 40 buttons, 10 rows of 5), the only form VK accepts for a page this size.
     */
    public static KeyboardSpec catalogue(boolean inline) {
        List<List<ButtonSpec>> rows = new ArrayList<>();
        for (int r = 0; r < 9; r++) {
            List<ButtonSpec> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int item = 1041 + r * 3 + c;
                row.add(ButtonSpec.callback("Tea #" + item + " · " + (3 + item % 7) + ".50 €", "cat:item:" + item));
            }
            rows.add(row);
        }
        rows.add(List.of(ButtonSpec.callback("◀", "cat:page:1"), ButtonSpec.callback("2 / 5", "cat:page:2", "primary"),
                ButtonSpec.callback("▶", "cat:page:3")));
        return new KeyboardSpec("catalogue", inline, rows);
    }

    /** Telegram's largest inline keyboard: 100 callback buttons, 12 rows of 8 and one of 4. */
    public static KeyboardSpec inline100() {
        List<List<ButtonSpec>> rows = new ArrayList<>();
        for (int first = 0; first < 100; first += 8) {
            List<ButtonSpec> row = new ArrayList<>();
            for (int i = first; i < Math.min(first + 8, 100); i++) {
                row.add(ButtonSpec.callback(String.format("Item %03d", i + 1), "cat:item:" + (2000 + i)));
            }
            rows.add(row);
        }
        return new KeyboardSpec("inline100", true, rows);
    }

    /** The keyboard Telegram is benchmarked with for a parameter value. */
    public static KeyboardSpec telegram(String name) {
        return switch (name) {
            case "vote" -> vote();
            case "catalogue" -> catalogue(true);
            case "inline100" -> inline100();
            default -> throw new IllegalArgumentException("no keyboard " + name);
        };
    }

    /** The keyboard VK is benchmarked with; VK has no form of the 100-button inline keyboard. */
    public static KeyboardSpec vk(String name) {
        return switch (name) {
            case "vote" -> vote();
            case "catalogue" -> catalogue(false);
            default -> throw new IllegalArgumentException("no VK keyboard " + name);
        };
    }

    /** How many buttons it has. */
    public int buttonCount() {
        int count = 0;
        for (List<ButtonSpec> row : rows) {
            count += row.size();
        }
        return count;
    }
}
