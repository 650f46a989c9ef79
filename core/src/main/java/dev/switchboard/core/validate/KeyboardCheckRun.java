package dev.switchboard.core.validate;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.keyboard.UnrepresentableButton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One pass of {@link Validator} over one keyboard with one platform's rules. Not reusable. */
final class KeyboardCheckRun {
    private final Keyboard keyboard;
    private final KeyboardRules rules;
    private final PlatformId platform;
    private final List<Violation> found = new ArrayList<>(0);
    /** Each payload seen, with the ordinal of the button it was first seen on (row-major, from 0). */
    private PayloadOrdinals payloadButtons;
    /** Ordinal of the button being checked. */
    private int buttonOrdinal = -1;
    private Map<String, TextSeen> textLabels;

    private record TextSeen(Optional<String> payload, String path) {
    }

    KeyboardCheckRun(Keyboard keyboard, KeyboardRules rules) {
        this.keyboard = keyboard;
        this.rules = rules;
        this.platform = rules.platform();
    }

    ValidationReport run() {
        if (keyboard.type() == KeyboardType.REMOVE) {
            return ValidationReport.empty();
        }
        checkKeyboard();
        List<List<Button>> rows = keyboard.rows();
        for (int r = 0; r < rows.size(); r++) {
            checkRow(r, rows.get(r));
        }
        return found.isEmpty() ? ValidationReport.empty() : new ValidationReport(found);
    }

    private void checkKeyboard() {
        Shape shape = rules.shape(keyboard.type());
        int buttons = keyboard.buttonCount();
        int rowCount = keyboard.rows().size();
        if (buttons == 0) {
            add("rows", ViolationCode.EMPTY_KEYBOARD, "keyboard has no buttons");
        }
        if (shape.maxRows().isPresent() && rowCount > shape.maxRows().getAsInt()) {
            add("rows", ViolationCode.TOO_MANY_ROWS, shape.maxRows().getAsInt(), rowCount,
                    "keyboard has " + rowCount + " rows; " + name() + " allows " + shape.maxRows().getAsInt());
        }
        if (buttons > shape.maxButtons()) {
            add("$", ViolationCode.TOO_MANY_BUTTONS, shape.maxButtons(), buttons,
                    "keyboard has " + buttons + " buttons; " + name() + " allows " + shape.maxButtons());
        }
        Issues keyboardIssues = issuesAt("$");
        for (KeyboardCheck check : rules.keyboardChecks()) {
            check.check(keyboard, keyboardIssues);
        }
        if (keyboard.oneTime()) {
            checkOption(KeyboardOption.ONE_TIME);
        }
        if (keyboard.persistent()) {
            checkOption(KeyboardOption.PERSISTENT);
        }
        keyboard.placeholder().ifPresent(this::checkPlaceholder);
    }

    private void checkOption(KeyboardOption option) {
        switch (rules.support(keyboard.type(), option)) {
            case SUPPORTED -> { }
            case IGNORED -> add(option.path(), ViolationCode.OPTION_IGNORED,
                    option.path() + " is ignored on " + name() + " " + typeName() + " keyboards");
            case UNSUPPORTED -> add(option.path(), ViolationCode.OPTION_UNSUPPORTED,
                    option.path() + " is not allowed on " + name() + " " + typeName() + " keyboards");
        }
    }

    private void checkPlaceholder(String placeholder) {
        if (rules.support(keyboard.type(), KeyboardOption.PLACEHOLDER) != OptionSupport.SUPPORTED) {
            checkOption(KeyboardOption.PLACEHOLDER);
        } else if (placeholder.isEmpty()) {
            add("placeholder", ViolationCode.OPTION_IGNORED, "placeholder is empty; " + name() + " ignores it");
        } else if (rules.maxPlaceholderLength().isPresent()
                && placeholder.length() > rules.maxPlaceholderLength().getAsInt()) {
            int max = rules.maxPlaceholderLength().getAsInt();
            add("placeholder", ViolationCode.PLACEHOLDER_TOO_LONG, max, placeholder.length(),
                    "placeholder is " + placeholder.length() + " characters; " + name() + " allows 1–" + max);
        }
    }

    private void checkRow(int r, List<Button> row) {
        Shape shape = rules.shape(keyboard.type());
        if (row.isEmpty()) {
            add(rowPath(r), ViolationCode.EMPTY_ROW, "row " + r + " is empty");
        } else if (row.size() > shape.maxButtonsPerRow()) {
            add(rowPath(r), ViolationCode.ROW_TOO_WIDE, shape.maxButtonsPerRow(), row.size(),
                    "row " + r + " has " + row.size() + " buttons; " + name() + " allows " + shape.maxButtonsPerRow());
        }
        for (int b = 0; b < row.size(); b++) {
            checkButton(r, b, row.get(b), row.size());
        }
    }

    private void checkButton(int r, int b, Button button, int rowSize) {
        buttonOrdinal++;
        ButtonKind kind = button.kind();
        if (button instanceof UnrepresentableButton foreign) {
            add(buttonPath(r, b), ViolationCode.NOT_REPRESENTABLE, foreign.platform().displayName() + " "
                    + foreign.type() + " buttons cannot be carried by the neutral model; no platform can be sent it");
            return;
        }
        if (!rules.supports(keyboard.type(), kind)) {
            add(buttonPath(r, b), ViolationCode.UNSUPPORTED_BUTTON, kind.jsonName() + " buttons are not supported on "
                    + name() + " " + typeName() + " keyboards");
            return;
        }
        if (rowSize > 1 && rules.fullWidthKinds().contains(kind)) {
            add(buttonPath(r, b), ViolationCode.MUST_BE_ALONE_IN_ROW,
                    kind.jsonName() + " buttons take the whole row on " + name() + "; row " + r + " has " + rowSize);
        }
        if (rules.textButtonsSendLabelOnly() && button instanceof TextButton text) {
            checkAmbiguousText(r, b, text);
        }
        if (!rules.unlabelledKinds().contains(kind)) {
            checkLabel(r, b, button.label());
        }
        if (rules.payload().sentBy().contains(kind)) {
            Optional<String> payload = button.carriedPayload();
            if (payload.isPresent()) {
                checkPayload(r, b, payload.get());
            }
        }
        if (button.style() != Style.DEFAULT && !rules.styledKinds().contains(kind)) {
            add(buttonPath(r, b) + ".style", ViolationCode.STYLE_IGNORED,
                    name() + " ignores the style of " + kind.jsonName() + " buttons");
        }
        if (!rules.buttonChecks().isEmpty()) {
            Issues issues = buttonIssues(r, b);
            for (ButtonCheck check : rules.buttonChecks()) {
                check.check(button, keyboard.type(), issues);
            }
        }
    }

    private void checkLabel(int r, int b, String label) {
        if (label.isEmpty()) {
            add(buttonPath(r, b) + ".label", ViolationCode.LABEL_EMPTY, "label is empty");
        } else if (rules.maxLabelLength().isPresent() && label.length() > rules.maxLabelLength().getAsInt()) {
            int max = rules.maxLabelLength().getAsInt();
            add(buttonPath(r, b) + ".label", ViolationCode.LABEL_TOO_LONG, max, label.length(),
                    "label is " + label.length() + " characters; " + name() + " allows 1–" + max);
        }
    }

    private void checkPayload(int r, int b, String payload) {
        PayloadRule rule = rules.payload();
        int size = rule.sizeOf(payload);
        if (payload.isEmpty() && rule.minSize() > 0) {
            add(buttonPath(r, b) + ".payload", ViolationCode.PAYLOAD_EMPTY, rule.minSize(), 0,
                    "payload is empty; " + name() + " needs at least " + rule.minSize() + " " + rule.unit().word());
        } else if (size > rule.maxSize()) {
            add(buttonPath(r, b) + ".payload", ViolationCode.PAYLOAD_TOO_LONG, rule.maxSize(), size,
                    "payload is " + size + " " + rule.unit().word() + (payload.equals(rule.encoding().apply(payload))
                            ? "" : " once encoded") + "; " + name() + " allows " + rule.maxSize());
        }
        if (payloadButtons == null) {
            payloadButtons = new PayloadOrdinals(keyboard.buttonCount());
        }
        int first = payloadButtons.putIfAbsent(payload, buttonOrdinal);
        if (first >= 0) {
            add(buttonPath(r, b) + ".payload", ViolationCode.DUPLICATE_PAYLOAD,
                    "payload repeats " + pathOfOrdinal(first) + "; presses of both buttons look the same");
        }
    }

    private void checkAmbiguousText(int r, int b, TextButton text) {
        if (textLabels == null) {
            textLabels = new HashMap<>();
        }
        TextSeen first = textLabels.putIfAbsent(text.label(), new TextSeen(text.payload(), buttonPath(r, b)));
        if (first != null && !first.payload().equals(text.payload())) {
            add(buttonPath(r, b), ViolationCode.AMBIGUOUS_TEXT_BUTTON, "text button \"" + text.label()
                    + "\" repeats the label of " + first.path() + " with another payload; " + name()
                    + " sends only the label");
        }
    }

    private String name() {
        return platform.displayName();
    }

    private String typeName() {
        return keyboard.type().name().toLowerCase(Locale.ROOT);
    }

    private static String rowPath(int r) {
        return "rows[" + r + "]";
    }

    private static String buttonPath(int r, int b) {
        return "rows[" + r + "][" + b + "]";
    }

    private String pathOfOrdinal(int ordinal) {
        int r = 0;
        int b = ordinal;
        while (b >= keyboard.rows().get(r).size()) {
            b -= keyboard.rows().get(r).size();
            r++;
        }
        return buttonPath(r, b);
    }

    /** Like {@link #issuesAt} for a button, building its path only when a hook reports something. */
    private Issues buttonIssues(int r, int b) {
        return new Issues() {
            @Override
            public void add(String field, ViolationCode code, String message) {
                KeyboardCheckRun.this.add(join(buttonPath(r, b), field), code, message);
            }

            @Override
            public void add(String field, ViolationCode code, long limit, long actual, String message) {
                KeyboardCheckRun.this.add(join(buttonPath(r, b), field), code, limit, actual, message);
            }
        };
    }

    private Issues issuesAt(String base) {
        return new Issues() {
            @Override
            public void add(String field, ViolationCode code, String message) {
                KeyboardCheckRun.this.add(join(base, field), code, message);
            }

            @Override
            public void add(String field, ViolationCode code, long limit, long actual, String message) {
                KeyboardCheckRun.this.add(join(base, field), code, limit, actual, message);
            }
        };
    }

    private static String join(String base, String field) {
        return field.isEmpty() ? base : base.equals("$") ? field : base + "." + field;
    }

    private void add(String path, ViolationCode code, String message) {
        found.add(Violation.of(platform, path, code, message));
    }

    private void add(String path, ViolationCode code, long limit, long actual, String message) {
        found.add(Violation.of(platform, path, code, limit, actual, message));
    }
}
