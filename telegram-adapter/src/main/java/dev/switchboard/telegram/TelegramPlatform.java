package dev.switchboard.telegram;

import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.validate.KeyboardRules;

/**
 * Entry point to the Telegram Bot API adapter: Telegram's keyboard limits as data and the
 * writer that turns a neutral {@link dev.switchboard.core.keyboard.Keyboard} into Telegram's
 * {@code reply_markup} JSON. Not instantiable; every method is static and thread-safe, and
 * every object it returns is immutable and shared.
 *
 * <pre>{@code
 * ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules());
 * String replyMarkup = TelegramPlatform.keyboards().write(keyboard);
 * }</pre>
 */
public final class TelegramPlatform {
    private static final KeyboardRules RULES = TelegramRules.create();
    private static final KeyboardWriter KEYBOARDS = new TelegramKeyboardWriter(RULES);

    private TelegramPlatform() {
    }

    /**
     * Telegram's keyboard limits (Bot API 10.x, see {@code limits.md}), for
     * {@link dev.switchboard.core.validate.Validator}. Inline keyboards hold at most 8 buttons
     * per row and 100 in all, with callback, link, web app and copy buttons; standard (reply)
     * keyboards hold at most 12 per row and 300 in all, with text, location, contact and web app
     * buttons. Every button needs a non-empty label, because Telegram silently drops a button
     * without text. {@code callback_data} is 1–64 UTF-8 bytes; the serialized {@code reply_markup}
     * must stay within 10 240 UTF-8 bytes; link URLs must be http(s) with a dotted host, or
     * {@code tg:}, {@code ton:}, {@code tonsite:}; web app URLs must be https; copied text is
     * 1–256 characters; the input field placeholder is 1–64 characters. Options set on an inline
     * keyboard are ignored (warning), and two text buttons with one label but different payloads
     * are ambiguous, because a press brings back only the label.
     *
     * @return one shared, immutable instance
     */
    public static KeyboardRules rules() {
        return RULES;
    }

    /**
     * Writes a keyboard as Telegram's {@code reply_markup} object in compact JSON:
     * {@code {"inline_keyboard":[...]}}, {@code {"keyboard":[...],"resize_keyboard":true,...}}
     * or {@code {"remove_keyboard":true}}. Each button carries exactly one type key and never
     * a {@code null}, {@code false} or empty placeholder, because the Bot API picks a button's
     * type by the first key present and rejects {@code null}. Put the result into a JSON body as
     * a nested object, or send it as the string value of {@code reply_markup} in a form body.
     *
     * <p>The keyboard is first checked with {@link #rules()}; if the report has any ERROR,
     * {@code write} throws {@link dev.switchboard.core.validate.KeyboardRejectedException}
     * carrying the whole report and writes nothing. Warnings do not block writing.
     *
     * @return one shared, immutable, thread-safe writer whose {@code rules()} is {@link #rules()}
     */
    public static KeyboardWriter keyboards() {
        return KEYBOARDS;
    }
}
