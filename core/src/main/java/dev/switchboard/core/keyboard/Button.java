package dev.switchboard.core.keyboard;

import dev.switchboard.core.PlatformId;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One button of a {@link Keyboard}: a closed family with one immutable record per
 * {@link ButtonKind}. Create buttons with the static factories here and change the colour
 * with {@link #withStyle(Style)}.
 *
 * <p>Records check only structure (no nulls). Anything a platform limits — long labels and
 * payloads, empty labels, unsupported kinds — stays representable, so a validator can list
 * every problem at once.
 */
public sealed interface Button
        permits CallbackButton, TextButton, LinkButton, LocationButton, ContactButton,
                AppButton, PayButton, CopyButton, UnrepresentableButton {

    /** The text on the button; empty where a platform draws its own (VK location, pay). */
    String label();

    /** The requested colour; {@link Style#DEFAULT} when none. */
    Style style();

    /** Which kind this is, for exhaustive {@code switch} expressions. */
    ButtonKind kind();

    /** A copy of this button with another style. */
    Button withStyle(Style style);

    /** The payload a press on this button carries back to the bot, if it carries one. */
    default Optional<String> carriedPayload() {
        return Optional.empty();
    }

    /** A callback button: a press sends {@code payload} back without posting a message. */
    static CallbackButton callback(String label, String payload) {
        return new CallbackButton(label, payload, Style.DEFAULT);
    }

    /** A text button: a press posts its label as a message. */
    static TextButton text(String label) {
        return new TextButton(label, Optional.empty(), Style.DEFAULT);
    }

    /** A text button that also carries a payload (sent by VK; mapped back from the label on Telegram). */
    static TextButton text(String label, String payload) {
        return new TextButton(label, Optional.of(payload), Style.DEFAULT);
    }

    /** A button that opens {@code url}. */
    static LinkButton link(String label, URI url) {
        return new LinkButton(label, url.toString(), Style.DEFAULT);
    }

    /** A button that opens {@code url}, kept as written so a validator can judge it. */
    static LinkButton link(String label, String url) {
        return new LinkButton(label, url, Style.DEFAULT);
    }

    /** A button that shares the user's location. */
    static LocationButton location(String label) {
        return new LocationButton(label, Style.DEFAULT);
    }

    /** A location button without a label (VK draws its own). */
    static LocationButton location() {
        return new LocationButton("", Style.DEFAULT);
    }

    /** A button that shares the user's phone number (Telegram only). */
    static ContactButton contact(String label) {
        return new ContactButton(label, Style.DEFAULT);
    }

    /** A Telegram web app button opening {@code url}. */
    static AppButton webApp(String label, String url) {
        return new AppButton(label, Optional.of(url), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Style.DEFAULT);
    }

    /** A VK mini app button ({@code open_app}); {@code hash} may be empty. */
    static AppButton vkApp(String label, long appId, long ownerId, String hash) {
        return new AppButton(label, Optional.empty(), OptionalLong.of(appId), OptionalLong.of(ownerId),
                hash.isEmpty() ? Optional.empty() : Optional.of(hash), Style.DEFAULT);
    }

    /** A VK Pay button; {@code hash} holds the payment parameters. */
    static PayButton pay(String hash) {
        return new PayButton("", hash, Style.DEFAULT);
    }

    /** A button that copies {@code text} to the clipboard (Telegram only). */
    static CopyButton copy(String label, String text) {
        return new CopyButton(label, text, Style.DEFAULT);
    }

    /**
     * A placeholder for a button of {@code platform}'s own keyboard JSON that the neutral model
     * cannot carry, such as Telegram's {@code login_url}; see {@link UnrepresentableButton}.
     */
    static UnrepresentableButton unrepresentable(PlatformId platform, String type, String label) {
        return new UnrepresentableButton(platform, type, label, Style.DEFAULT);
    }
}
