package dev.switchboard.core.cards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.regex.Pattern;

/**
 * A photo already uploaded to one platform, named by that platform's id. Photos are not neutral:
 * an id means something only on the platform that issued it, and Switchboard does not upload. So a
 * card's photo is shown only on its own platform (a VK photo in a VK carousel); elsewhere, and in
 * the fallback text and keyboard, the card is shown without it.
 *
 * @param platform the platform that issued the id
 * @param id the platform's photo id (VK {@code <owner>_<id>}, e.g. {@code -123_456})
 */
public record CardPhoto(PlatformId platform, String id) {
    private static final Pattern VK_ID = Pattern.compile("-?[0-9]+_[0-9]+");

    public CardPhoto {
        checkNotNull(platform, "platform");
        checkNotNull(id, "id");
        checkArgument(!id.isEmpty(), "a photo id must not be empty");
        checkArgument(!platform.equals(PlatformId.VK) || VK_ID.matcher(id).matches(),
                "a VK photo id is <owner>_<id>, e.g. -123_456: \"%s\"", id);
    }

    /**
     * A VK photo, {@code <owner>_<id>} as {@code photos.saveMessagesPhoto} returns it.
     *
     * @throws IllegalArgumentException if {@code id} is not of that form
     */
    public static CardPhoto vk(String id) {
        return new CardPhoto(PlatformId.VK, id);
    }

    /** True when this photo can be shown on {@code platform}. */
    public boolean isOn(PlatformId platform) {
        return this.platform.equals(platform);
    }
}
