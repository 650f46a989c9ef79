package dev.switchboard.core.fit;

import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reflows one keyboard for {@link KeyboardFitter#reflow(Keyboard)}. Stateless. */
final class Reflower {
    /** Counts this class computes itself, exactly; the validator's own versions of them are dropped. */
    private static final Set<ViolationCode> COUNTED = Set.of(ViolationCode.TOO_MANY_ROWS,
            ViolationCode.TOO_MANY_BUTTONS, ViolationCode.EMPTY_KEYBOARD);

    private Reflower() {
    }

    static Keyboard reflow(Keyboard keyboard, KeyboardRules rules, int[] widths) {
        if (keyboard.type() == KeyboardType.REMOVE) {
            return keyboard;
        }
        Shape shape = rules.shape(keyboard.type());
        int max = shape.maxButtonsPerRow();
        Set<ButtonKind> alone = rules.fullWidthKinds();
        List<List<Slot>> rows = Layouts.reflowRows(Layouts.slots(keyboard.rows(), "rows"), widths, max, alone);
        List<Violation> problems = new ArrayList<>();
        String name = Layouts.name(rules, keyboard.type());
        if (shape.maxRows().isPresent() && rows.size() > shape.maxRows().getAsInt()) {
            List<Slot> all = rows.stream().flatMap(List::stream).toList();
            List<List<Slot>> dense = Layouts.split(all, new int[0], max, alone);
            int maxRows = shape.maxRows().getAsInt();
            if (dense.size() <= maxRows) {
                rows = dense;
            } else {
                long lone = all.stream().filter(slot -> alone.contains(slot.button().kind())).count();
                problems.add(Violation.of(rules.platform(), "rows", ViolationCode.TOO_MANY_ROWS, maxRows, dense.size(),
                        "the keyboard needs at least " + dense.size() + " rows with " + max + " buttons per row"
                                + (lone > 0 ? " and " + lone + " button(s) alone in their rows" : "") + "; "
                                + name + " allows " + maxRows));
            }
        }
        int buttons = Layouts.buttons(rows);
        if (buttons == 0) {
            problems.add(Violation.of(rules.platform(), "rows", ViolationCode.EMPTY_KEYBOARD,
                    "the keyboard has no buttons"));
        } else if (buttons > shape.maxButtons()) {
            problems.add(Violation.of(rules.platform(), "$", ViolationCode.TOO_MANY_BUTTONS, shape.maxButtons(),
                    buttons, "the keyboard has " + buttons + " buttons; " + name + " allows " + shape.maxButtons()
                            + " (paginate it instead)"));
        }
        Keyboard fitted = Layouts.keyboard(keyboard, rows);
        ValidationReport report = Validator.validate(fitted, rules);
        for (Violation v : Layouts.remap(report, rows, "")) {
            if (v.isError() && !COUNTED.contains(v.code())) {
                problems.add(v);
            }
        }
        if (!problems.isEmpty()) {
            throw new KeyboardFitException(new ValidationReport(problems));
        }
        return fitted;
    }
}
