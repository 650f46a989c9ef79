package dev.switchboard.core.fit;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Row arithmetic shared by reflowing and paging; every limit comes from the rules given. Stateless. */
final class Layouts {
    private static final Pattern BUTTON_PATH = Pattern.compile("rows\\[(\\d+)]\\[(\\d+)](.*)");

    private Layouts() {
    }

    /**
     * Lays {@code slots} into rows, keeping their order: buttons of a kind the platform wants alone get a
     * row each, and each run of other buttons follows {@code widths} (repeated, restarted after a lone
     * button; none means {@code max}), no row wider than {@code max}.
     */
    static List<List<Slot>> split(List<Slot> slots, int[] widths, int max, Set<ButtonKind> alone) {
        List<List<Slot>> rows = new ArrayList<>();
        List<Slot> run = new ArrayList<>();
        for (Slot slot : slots) {
            if (alone.contains(slot.button().kind())) {
                flush(run, widths, max, rows);
                rows.add(List.of(slot));
            } else {
                run.add(slot);
            }
        }
        flush(run, widths, max, rows);
        return rows;
    }

    private static void flush(List<Slot> run, int[] widths, int max, List<List<Slot>> rows) {
        int start = 0;
        for (int i = 0; start < run.size(); i++) {
            int width = widths.length == 0 ? max : Math.min(max, widths[i % widths.length]);
            int end = Math.min(run.size(), start + width);
            rows.add(List.copyOf(run.subList(start, end)));
            start = end;
        }
        run.clear();
    }

    /** True when {@code row} breaks no row rule: not empty, not too wide, and a lone-kind button is alone. */
    static boolean rowFits(List<Slot> row, int max, Set<ButtonKind> alone) {
        if (row.isEmpty() || row.size() > max) {
            return false;
        }
        return row.size() == 1 || row.stream().noneMatch(slot -> alone.contains(slot.button().kind()));
    }

    /**
     * {@code rows} with empty rows dropped and every row that breaks a row rule split by
     * {@code widths} (none means {@code max}); rows that already fit are kept as they are.
     */
    static List<List<Slot>> reflowRows(List<List<Slot>> rows, int[] widths, int max, Set<ButtonKind> alone) {
        List<List<Slot>> out = new ArrayList<>();
        for (List<Slot> row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            if (rowFits(row, max, alone)) {
                out.add(row);
            } else {
                out.addAll(split(row, widths, max, alone));
            }
        }
        return out;
    }

    /** Rows of slots whose origin is {@code prefix[r][c]}. */
    static List<List<Slot>> slots(List<? extends List<? extends Button>> rows, String prefix) {
        List<List<Slot>> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<? extends Button> row = rows.get(r);
            List<Slot> slots = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                slots.add(new Slot(row.get(c), prefix + "[" + r + "][" + c + "]"));
            }
            out.add(slots);
        }
        return out;
    }

    /** How many buttons {@code rows} hold. */
    static int buttons(List<List<Slot>> rows) {
        int count = 0;
        for (List<Slot> row : rows) {
            count += row.size();
        }
        return count;
    }

    /** A keyboard of {@code rows} with the type and options of {@code template}. */
    static Keyboard keyboard(Keyboard template, List<List<Slot>> rows) {
        return new Keyboard(template.type(), buttonRows(rows), template.oneTime(), template.persistent(),
                template.placeholder());
    }

    /** A keyboard of {@code type} with {@code rows} and no options. */
    static Keyboard keyboard(KeyboardType type, List<List<Slot>> rows) {
        return new Keyboard(type, buttonRows(rows), false, false, Optional.empty());
    }

    private static List<List<Button>> buttonRows(List<List<Slot>> rows) {
        List<List<Button>> out = new ArrayList<>(rows.size());
        for (List<Slot> row : rows) {
            out.add(row.stream().map(Slot::button).toList());
        }
        return out;
    }

    /**
     * {@code report}'s violations with button paths ({@code rows[r][c]…}) turned into the origins of the
     * slots at those places, and {@code context} put before each message.
     */
    static List<Violation> remap(ValidationReport report, List<List<Slot>> rows, String context) {
        List<Violation> out = new ArrayList<>(report.violations().size());
        for (Violation v : report.violations()) {
            String path = v.path();
            Matcher m = BUTTON_PATH.matcher(path);
            if (m.matches()) {
                int r = Integer.parseInt(m.group(1));
                int c = Integer.parseInt(m.group(2));
                path = rows.get(r).get(c).origin() + m.group(3);
            }
            out.add(new Violation(v.platform(), path, v.code(), v.severity(), v.limit(), v.actual(),
                    context + v.message()));
        }
        return out;
    }

    /** "VK inline", as messages name a keyboard. */
    static String name(KeyboardRules rules, KeyboardType type) {
        return rules.platform().displayName() + " " + type.name().toLowerCase(Locale.ROOT);
    }

    /** The shape of {@code type}, rejecting {@link KeyboardType#REMOVE}, which has none. */
    static Shape shape(KeyboardRules rules, KeyboardType type) {
        if (type == KeyboardType.REMOVE) {
            throw new IllegalArgumentException("a REMOVE keyboard has no rows to fit");
        }
        return rules.shape(type);
    }
}
