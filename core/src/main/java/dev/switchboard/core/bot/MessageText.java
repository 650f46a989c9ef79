package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;

/**
 * The length a platform accepts for a message's text, checked before a send or an edit goes out.
 * Telegram {@code sendMessage}/{@code editMessageText} take 1–4096 characters,
 * VK {@code messages.send}/{@code messages.edit} 1–9000 (a keyboard alone is no message on either).
 * Characters are UTF-16 units, as {@link String#length()}.
 *
 * @param platform whose limit this is
 * @param max the most characters a text may have
 */
public record MessageText(PlatformId platform, int max) {
    /** Telegram: 1–4096 characters after entity parsing (Switchboard sends plain text). */
    public static final MessageText TELEGRAM = new MessageText(PlatformId.TELEGRAM, 4096);
    /** VK: 1–9000 characters (error 914 above). */
    public static final MessageText VK = new MessageText(PlatformId.VK, 9000);

    public MessageText {
        checkNotNull(platform, "platform");
        checkArgument(max > 0, "max must be positive: %s", max);
    }

    /**
     * Returns {@code text} if the platform takes it.
     *
     * @throws IllegalArgumentException naming the platform, the limit and the actual length, if the
     *                                  text is empty or longer than {@link #max()}
     */
    public String check(String text) {
        checkNotNull(text, "text");
        checkArgument(!text.isEmpty() && text.length() <= max,
                "%s takes a message text of 1–%s characters; this one has %s", platform.displayName(), max,
                text.length());
        return text;
    }
}
