package dev.switchboard.telegram;

import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.validate.KeyboardRules;

/**
 * Entry point to the Telegram Bot API adapter: Telegram's keyboard limits as data, the writer
 * that turns a neutral {@link dev.switchboard.core.keyboard.Keyboard} into Telegram's
 * {@code reply_markup} JSON, the reader that turns Telegram updates into neutral
 * {@link dev.switchboard.core.event.Update}s, and the writer of answers to button presses.
 * Not instantiable; every method is static and thread-safe, and every object it returns is
 * immutable and shared.
 *
 * <pre>{@code
 * ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules());
 * String replyMarkup = TelegramPlatform.keyboards().write(keyboard);
 * Update update = TelegramPlatform.updates().read(webhookBody);
 * if (update instanceof ButtonPress press) {
 *     Map<String, Object> params = TelegramPlatform.answers().write(press, PressAnswer.toast("Saved"));
 * }
 * }</pre>
 */
public final class TelegramPlatform {
    private static final KeyboardRules RULES = TelegramRules.create();
    private static final KeyboardWriter KEYBOARDS = new TelegramKeyboardWriter(RULES);
    private static final UpdateReader UPDATES = new TelegramUpdateReader();
    private static final AnswerWriter ANSWERS = new TelegramAnswerWriter(TelegramRules.answerRules());

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

    /**
     * Reads Telegram {@code Update} objects (a webhook body) and {@code getUpdates} responses
     * ({@code {"ok":true,"result":[…]}}, or a bare array of updates) into neutral events, in one
     * streaming pass that skips what it does not need. The update's type is its first key other
     * than {@code update_id}, because Telegram sends at most one:
     * <ul>
     * <li>{@code callback_query} becomes a {@link dev.switchboard.core.event.ButtonPress} whose
     *     payload is {@code data} (empty for a game press, which sends {@code game_short_name}).
     *     A press on an inline-mode message has no chat or message id but an
     *     {@code inline_message_id}; a press on a message Telegram no longer shows
     *     ({@code date: 0}) has {@code messageAccessible() == false}.</li>
     * <li>{@code message} becomes a {@link dev.switchboard.core.event.MessageReceived} with its
     *     {@code text} (empty for media; captions are not text), or a
     *     {@link dev.switchboard.core.event.ChatMigrated} when it carries
     *     {@code migrate_to_chat_id} or {@code migrate_from_chat_id}.</li>
     * <li>{@code my_chat_member} (the bot's own standing) and {@code chat_member} (another
     *     user's; Telegram sends it only when listed in {@code allowed_updates}) become a
     *     {@link dev.switchboard.core.event.MembershipChange}. In a private chat the bot's own
     *     change is BLOCKED or UNBLOCKED; {@code restricted} with {@code is_member: false}
     *     counts as LEFT.</li>
     * <li>Every other type ({@code edited_message}, {@code channel_post}, types newer than this
     *     SDK) becomes {@link dev.switchboard.core.event.Ignored} with its key as the type name;
     *     an update with only {@code update_id} has type {@code "unknown"}.</li>
     * </ul>
     * Unknown fields are ignored and fields may come in any order. Ids are {@code long}s, the
     * update id is kept as a string, and every event keeps the update's exact bytes as its raw
     * JSON. Malformed JSON, a missing required field or a value of the wrong type throws
     * {@link dev.switchboard.core.event.UpdateParseException} naming the field's path and line;
     * in a batch it skips just that update, listed with its position and, when it was read,
     * its update id, so the {@code getUpdates} offset can still move past it.
     *
     * @return one shared, stateless, thread-safe reader
     */
    public static UpdateReader updates() {
        return UPDATES;
    }

    /**
     * Writes an answer to a press as the parameters of {@code answerCallbackQuery}, in order:
     * {@code callback_query_id}, then {@code text} for a toast (left out when empty), {@code text}
     * and {@code show_alert: true} for an alert, {@code url} for a link, nothing more for
     * {@code none()}, and last {@code cache_time} in whole seconds when positive, clamped to
     * 2 592 000 (30 days) as the server does. Values are {@code String}, {@code Boolean} or
     * {@code Integer}. Every press must be answered, even with {@code none()}, or the button
     * keeps spinning; answer within about 10 seconds (research/telegram.md §4).
     *
     * <p>Its {@code rules()}: text of at most 200 characters; no mini-app answer (Telegram has
     * none); links only to {@code t.me} or {@code telegram.me} over http(s), or {@code tg:}
     * links, because Telegram opens only {@code t.me/<bot>?start=…} links (and game URLs, which
     * these rules cannot tell apart) from a press. A broken rule makes {@code write} throw
     * {@link dev.switchboard.core.validate.KeyboardRejectedException} carrying the whole report.
     *
     * @return one shared, immutable, thread-safe writer
     */
    public static AnswerWriter answers() {
        return ANSWERS;
    }
}
