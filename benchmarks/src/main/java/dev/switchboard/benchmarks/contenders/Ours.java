package dev.switchboard.benchmarks.contenders;

import dev.switchboard.benchmarks.ButtonSpec;
import dev.switchboard.benchmarks.KeyboardSpec;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.List;

/** Switchboard through its public API only, exactly as a bot calls it. */
public final class Ours {
    private Ours() {
    }

    /** Reads a Telegram update into a neutral event. */
    public static Update parseTelegram(byte[] utf8) {
        return TelegramPlatform.updates().read(utf8);
    }

    /** Reads a VK event envelope into a neutral event. */
    public static Update parseVk(byte[] utf8) {
        return VkPlatform.updates().read(utf8);
    }

    /** Builds the neutral keyboard, validates it with Telegram's rules and writes {@code reply_markup}. */
    public static String renderTelegram(KeyboardSpec spec) {
        return TelegramPlatform.keyboards().write(keyboard(spec));
    }

    /** Builds the neutral keyboard, validates it with VK's rules and writes VK's {@code keyboard}. */
    public static String renderVk(KeyboardSpec spec) {
        return VkPlatform.keyboards().write(keyboard(spec));
    }

    /** Validates a built keyboard with Telegram's rules. */
    public static ValidationReport validateTelegram(Keyboard keyboard) {
        return Validator.validate(keyboard, TelegramPlatform.rules());
    }

    /** Validates a built keyboard with VK's rules. */
    public static ValidationReport validateVk(Keyboard keyboard) {
        return Validator.validate(keyboard, VkPlatform.rules());
    }

    /** The neutral keyboard for a spec. */
    public static Keyboard keyboard(KeyboardSpec spec) {
        KeyboardBuilder builder = spec.inline() ? Keyboard.inline() : Keyboard.standard();
        for (List<ButtonSpec> row : spec.rows()) {
            List<Button> buttons = new ArrayList<>(row.size());
            for (ButtonSpec b : row) {
                Button button = b.payload().isPresent() ? Button.callback(b.label(), b.payload().get())
                        : Button.link(b.label(), b.url().get());
                buttons.add(b.style().isPresent() ? button.withStyle(style(b.style().get())) : button);
            }
            builder.row(buttons);
        }
        return builder.build();
    }

    /** The spec's style names, mapped with a switch as the peers map theirs. */
    private static Style style(String name) {
        return switch (name) {
            case "positive" -> Style.POSITIVE;
            case "negative" -> Style.NEGATIVE;
            case "primary" -> Style.PRIMARY;
            default -> throw new IllegalArgumentException("no style " + name);
        };
    }
}
