package dev.switchboard.core.fit;

import dev.switchboard.core.keyboard.Button;
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
import java.util.Objects;
import java.util.Set;

/**
 * Splits items into pages for {@link KeyboardFitter#paginate}. The page size is the largest, up to the
 * caller's cap, for which every page with its fixed rows passes the platform's validator; counts are
 * checked by arithmetic first, then each page by the validator, which also applies size rules that
 * are not plain counts (Telegram's markup size). One instance per call.
 */
final class Paginator {
    private final KeyboardRules rules;
    private final KeyboardType type;
    private final List<Slot> items;
    private final PageRows fixed;
    private final int[] widths;
    private final Shape shape;
    private final Set<ButtonKind> alone;
    private final String name;

    Paginator(KeyboardRules rules, KeyboardType type, List<? extends Button> items, PageRows fixed, int[] widths) {
        this.rules = rules;
        this.type = type;
        this.shape = Layouts.shape(rules, type);
        List<Slot> slots = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            slots.add(new Slot(items.get(i), "items[" + i + "]"));
        }
        this.items = slots;
        this.fixed = fixed;
        this.widths = widths;
        this.alone = rules.fullWidthKinds();
        this.name = Layouts.name(rules, type);
    }

    Pages paginate(int cap) {
        checkEachItem();
        int total = items.size();
        int upper = Math.min(total, Math.min(cap, shape.maxButtons()));
        List<Violation> failure = List.of();
        for (int size = upper; size >= Math.min(1, total); size--) {
            int count = total == 0 ? 1 : (total + size - 1) / size;
            List<List<List<Slot>>> layouts = new ArrayList<>(count);
            failure = List.of();
            for (int p = 0; p < count && failure.isEmpty(); p++) {
                List<List<Slot>> layout = layout(p, count, size);
                failure = countProblems(layout, p, count, size);
                layouts.add(layout);
            }
            if (failure.isEmpty()) {
                List<Page> pages = new ArrayList<>(count);
                for (int p = 0; p < count && failure.isEmpty(); p++) {
                    Keyboard keyboard = Layouts.keyboard(type, layouts.get(p));
                    ValidationReport report = Validator.validate(keyboard, rules);
                    if (report.isValid()) {
                        int first = p * size;
                        pages.add(new Page(p, count, first, Math.min(size, total - first), keyboard));
                    } else {
                        failure = errors(report, layouts.get(p), p, count);
                        if (failure.stream().anyMatch(v -> !isKeyboardLevel(v))) {
                            throw new KeyboardFitException(new ValidationReport(failure));
                        }
                    }
                }
                if (failure.isEmpty()) {
                    return new Pages(rules.platform(), size, total, pages);
                }
            }
        }
        throw new KeyboardFitException(new ValidationReport(failure));
    }

    /** Reports every item that is invalid on its own, whatever the layout: a long label, an unsupported kind… */
    private void checkEachItem() {
        List<Violation> problems = new ArrayList<>();
        for (Slot item : items) {
            List<List<Slot>> alone = List.of(List.of(item));
            ValidationReport report = Validator.validate(Layouts.keyboard(type, alone), rules);
            if (!report.isValid()) {
                Layouts.remap(report, alone, "").stream().filter(Violation::isError).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new KeyboardFitException(new ValidationReport(problems));
        }
    }

    private List<List<Slot>> layout(int page, int count, int size) {
        int first = page * size;
        List<Slot> onPage = items.subList(Math.min(first, items.size()), Math.min(first + size, items.size()));
        List<List<Slot>> rows = Layouts.split(onPage, widths, shape.maxButtonsPerRow(), alone);
        List<List<Button>> extra = Objects.requireNonNull(fixed.rows(page, count),
                "PageRows returned null");
        rows.addAll(Layouts.reflowRows(Layouts.slots(extra, "fixed"), new int[0],
                shape.maxButtonsPerRow(), alone));
        return rows;
    }

    private List<Violation> countProblems(List<List<Slot>> layout, int page, int count, int size) {
        int buttons = Layouts.buttons(layout);
        int fixedButtons = (int) layout.stream().flatMap(List::stream)
                .filter(slot -> slot.origin().startsWith("fixed")).count();
        String context = context(page, count);
        List<Violation> problems = new ArrayList<>(2);
        if (buttons == 0) {
            problems.add(Violation.of(rules.platform(), "rows", ViolationCode.EMPTY_KEYBOARD,
                    context + "there are no items and no fixed rows; a keyboard needs a button"));
        }
        if (buttons > shape.maxButtons()) {
            problems.add(Violation.of(rules.platform(), "$", ViolationCode.TOO_MANY_BUTTONS, shape.maxButtons(),
                    buttons, context + (buttons - fixedButtons) + " item(s) and " + fixedButtons
                            + " fixed button(s) make " + buttons + " buttons; " + name + " allows "
                            + shape.maxButtons()));
        }
        if (shape.maxRows().isPresent() && layout.size() > shape.maxRows().getAsInt()) {
            int fixedRows = (int) layout.stream().filter(row -> row.get(0).origin().startsWith("fixed")).count();
            problems.add(Violation.of(rules.platform(), "rows", ViolationCode.TOO_MANY_ROWS,
                    shape.maxRows().getAsInt(), layout.size(), context + (layout.size() - fixedRows)
                            + " row(s) of items and " + fixedRows + " fixed row(s) make " + layout.size() + " rows; "
                            + name + " allows " + shape.maxRows().getAsInt()));
        }
        return problems;
    }

    private List<Violation> errors(ValidationReport report, List<List<Slot>> layout, int page, int count) {
        return Layouts.remap(report, layout, context(page, count)).stream().filter(Violation::isError).toList();
    }

    private static String context(int page, int count) {
        return "page " + (page + 1) + " of " + count + ": ";
    }

    /** A rule on the whole keyboard ({@code $} or {@code rows}), which fewer items per page may satisfy. */
    private static boolean isKeyboardLevel(Violation violation) {
        return violation.path().equals("$") || violation.path().equals("rows");
    }
}
