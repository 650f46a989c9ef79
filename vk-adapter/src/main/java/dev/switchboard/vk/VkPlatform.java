package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.validate.KeyboardRules;

/**
 * Entry point of the VK adapter (community bots, API 5.199): VK's keyboard limits, the
 * writer of VK's {@code keyboard} JSON and the payload envelope. Stateless; every method is
 * thread-safe and returns shared immutable objects.
 *
 * <pre>{@code
 * Keyboard vote = Keyboard.inline()
 *     .row(Button.callback("Yes", "vote:yes"), Button.callback("No", "vote:no"))
 *     .build();
 * String keyboard = VkPlatform.keyboards().write(vote);   // messages.send's "keyboard" parameter
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
}
