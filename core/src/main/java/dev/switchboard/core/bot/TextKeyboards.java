package dev.switchboard.core.bot;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard-keyboard equivalent of a keyboard, for clients without inline keyboards or callback
 * buttons: callback buttons become text buttons with the same label, payload and style; text
 * buttons stay; other kinds (links, locations, …) stay where the platform's standard keyboards take
 * them and are dropped otherwise; rows left empty are dropped.
 */
final class TextKeyboards {
    private TextKeyboards() {
    }

    /** Whether a client with these abilities cannot show {@code keyboard} as it is. */
    static boolean needsDegrading(Keyboard keyboard, boolean inlineKeyboards, boolean callbackButtons) {
        if (keyboard.type() == KeyboardType.INLINE && !inlineKeyboards) {
            return true;
        }
        return !callbackButtons && keyboard.rows().stream().flatMap(List::stream)
                .anyMatch(button -> button.kind() == ButtonKind.CALLBACK);
    }

    static Keyboard degrade(Keyboard keyboard, KeyboardRules rules) {
        List<List<Button>> rows = new ArrayList<>();
        for (List<Button> row : keyboard.rows()) {
            List<Button> kept = new ArrayList<>();
            for (Button button : row) {
                if (button instanceof CallbackButton callback) {
                    kept.add(Button.text(callback.label(), callback.payload()).withStyle(callback.style()));
                } else if (button.kind() == ButtonKind.TEXT || rules.supports(KeyboardType.STANDARD, button.kind())) {
                    kept.add(button);
                }
            }
            if (!kept.isEmpty()) {
                rows.add(kept);
            }
        }
        return new Keyboard(KeyboardType.STANDARD, rows, keyboard.oneTime(), keyboard.persistent(),
                keyboard.placeholder());
    }
}
