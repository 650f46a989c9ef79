package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.answer.AnswerWriter;
import dev.switchboard.core.event.UpdateReader;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.validate.KeyboardRules;

/**
 * Entry point of the VK adapter (community bots, API 5.199): VK's keyboard limits, the
 * writer of VK's {@code keyboard} JSON, the payload envelope, the reader of VK events and the
 * writer of answers to button presses. Stateless; every method is thread-safe and returns shared
 * immutable objects.
 *
 * <pre>{@code
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
 *     .build();
 * String keyboard = VkPlatform.keyboards().write(vote);   // messages.send's "keyboard" parameter
 *
 * if (VkPlatform.updates().read(body) instanceof ButtonPress press) {
 *     Map<String, Object> params = VkPlatform.answers().write(press, PressAnswer.toast("Voted"));
 * }
 * }</pre>
 */
public final class VkPlatform {
    private VkPlatform() {
    }

    /**
     * VK's keyboard limits as data, for {@link dev.switchboard.core.validate.Validator}: at most
     * 5 buttons per row; inline keyboards at most 6 rows and 10 buttons, standard ones 10 rows and
     * 40 buttons; labels 1–40 characters (location and VK Pay buttons have none); the encoded
     * payload ({@link #encodePayload}) at most 255 characters; location, open_app and vkpay buttons
     * alone in their row; colours only on text and callback buttons; no contact or copy buttons;
     * {@code one_time} only on standard keyboards; no placeholder or persistent keyboards.
     * See {@code limits.md}.
     *
     * @return the one shared, immutable instance
     */
    public static KeyboardRules rules() {
        return VkRules.RULES;
    }

    /**
     * The writer of VK's {@code keyboard} object: {@code {"one_time":…,"inline":…,"buttons":[[…]]}},
     * written as compact JSON text, which {@code messages.send} and {@code messages.edit} take
     * as their {@code keyboard} parameter. A REMOVE keyboard is written as
     * {@code {"buttons":[],"one_time":true}}. Each keyboard is validated with {@link #rules()}
     * first: any ERROR throws {@link dev.switchboard.core.validate.KeyboardRejectedException}
     * carrying the full report, while warnings (an ignored style or option, a repeated payload)
     * do not stop the write.
     *
     * @return the one shared, thread-safe writer
     */
    public static KeyboardWriter keyboards() {
        return VkKeyboardWriter.INSTANCE;
    }

    /**
     * The JSON text VK receives as a button's {@code payload} for the neutral payload string
     * {@code payload}: the object {@code {"p":payload}}, with the string escaped as JSON
     * ({@code vote:yes} becomes {@code {"p":"vote:yes"}}). VK allows 255 characters (UTF-16
     * units) of this text, so quotes, backslashes and control characters cost their escaped
     * length. {@link #decodePayload} reverses it.
     *
     * @param payload any string, possibly empty
     * @return compact JSON text of an object with the single key {@code "p"}
     */
    public static String encodePayload(String payload) {
        return VkPayload.encode(checkNotNull(payload, "payload"));
    }

    /**
     * The neutral payload carried by VK payload JSON text: when {@code json} is an object whose only
     * key is {@code "p"} with a string value, that string; any other text is returned unchanged
     * (for example the Start button's {@code {"command":"start"}}, payloads of other bots such as
     * {@code {"p":1}}, or text that is not JSON at all). So
     * {@code decodePayload(encodePayload(s))} equals {@code s} for every {@code s}.
     *
     * @param json a payload as VK delivers it in {@code message_new} or {@code message_event}
     * @return the wrapped string, or {@code json} itself when it is not this adapter's envelope
     */
    public static String decodePayload(String json) {
        return VkPayload.decode(checkNotNull(json, "json"));
    }

    /**
     * The reader of VK events (API 5.199 envelopes {@code {"type","object","group_id","event_id","v"}},
     * as Bots Long Poll and the Callback API deliver them; a Callback {@code secret} is ignored here).
     * Every update's {@code updateId} is the envelope's {@code event_id} (empty when absent) and its
     * {@code raw} the envelope's exact bytes. Mapping:
     * <ul>
     *   <li>{@code message_new} → {@link dev.switchboard.core.event.MessageReceived}: user
     *       {@code from_id}, chat {@code peer_id} (chats are {@code 2000000000 + chat_id}), message id
     *       {@code conversation_message_id} (VK's {@code id} is 0 in chats), text with a leading
     *       community mention ({@code [club1|Bot], }) removed, payload decoded with
     *       {@link #decodePayload} (the Start button's {@code {"command":"start"}} stays as that text),
     *       client capabilities from {@code client_info} (booleans as {@code true/false} or
     *       {@code 0/1}). Its actions {@code chat_invite_user}, {@code chat_kick_user} and
     *       {@code chat_invite_user_by_link} → {@link dev.switchboard.core.event.MembershipChange}
     *       in chat {@code peer_id}, about the bot when {@code member_id == -group_id}.</li>
     *   <li>{@code message_event} → {@link dev.switchboard.core.event.ButtonPress} (source CALLBACK):
     *       press id = the object's {@code event_id} (what an answer refers to), message id
     *       {@code conversation_message_id} when VK sends it (not for standard keyboards); the
     *       payload may arrive as an object ({@code {"p":s}} gives {@code s}, any other object its
     *       JSON text unchanged) or as a string (decoded with {@link #decodePayload}).</li>
     *   <li>{@code message_allow} / {@code message_deny} → the bot UNBLOCKED / BLOCKED by
     *       {@code user_id} (BANNED ↔ MEMBER in the private chat {@code user_id}).</li>
     *   <li>{@code group_join} / {@code group_leave} → a user JOINED / LEFT the community, chat
     *       {@code -group_id}; a join {@code request} is OTHER (LEFT → LEFT); the actor is unknown
     *       for an {@code approved} join and a removal by an admin ({@code self: 0}).</li>
     *   <li>anything else ({@code confirmation}, {@code wall_post_new}, …) →
     *       {@link dev.switchboard.core.event.Ignored} with its {@code type}.</li>
     * </ul>
     * Unknown fields are ignored and fields may come in any order. Malformed JSON, a missing
     * required field or a field of the wrong type throws
     * {@link dev.switchboard.core.event.UpdateParseException} naming the field path and line/column.
     * {@code readBatch} takes a Bots Long Poll response ({@code {"ts":"4","updates":[…]}}; a
     * {@code {"failed":N}} response is an empty batch) or a bare array of envelopes; a bad envelope
     * is listed as skipped and the rest returned. Duplicates are not removed: a transport drops
     * repeated {@code event_id}s.
     *
     * @return the one shared, thread-safe reader
     */
    public static UpdateReader updates() {
        return VkUpdateReader.INSTANCE;
    }

    /**
     * The writer of {@code messages.sendMessageEventAnswer} parameters, in order: {@code event_id}
     * (the press id), {@code user_id}, {@code peer_id} (Long), and {@code event_data} (JSON text)
     * when there is something to show: a toast as {@code {"type":"show_snackbar","text":…}} (at most
     * 90 characters; an empty text sends no {@code event_data}); an alert the same way, since VK
     * has no dialogs (an ANSWER_DEGRADED warning); a link as {@code {"type":"open_link","link":…}}
     * (absolute http or https URLs only, else INVALID_URL); a mini app as
     * {@code {"type":"open_app","app_id":…}} with {@code owner_id} and {@code hash} when given.
     * {@code event_data} may be at most 1000 characters (FIELD_TOO_LONG). {@code none()} sends no
     * {@code event_data} and just stops the button's spinner. {@code cacheTime} is ignored. Each
     * answer is validated with its {@code rules()} first: any ERROR throws
     * {@link dev.switchboard.core.validate.KeyboardRejectedException} carrying the report. Answer
     * every press once, within the 60 s its {@code event_id} lives.
     *
     * @return the one shared, thread-safe writer
     */
    public static AnswerWriter answers() {
        return VkAnswerWriter.INSTANCE;
    }

    /**
     * Reads a Bots Long Poll response into its {@code ts} (text, whether VK sent a string or a
     * number), its {@code failed} code and its updates. For the long poll transport.
     */
    static VkLongPollResponse readLongPoll(byte[] utf8) {
        return VkUpdateReader.INSTANCE.readLongPoll(utf8);
    }
}
