package dev.switchboard.core.menu;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Keyboard;
import java.util.Optional;

/**
 * One page of a menu as one platform shows it: the text ("page i of n" included when there are
 * several pages) and the keyboard, fitted to that platform's limits.
 *
 * @param platform the platform the page was fitted for
 * @param index 0-based page number
 * @param pageCount how many pages the menu has on this platform
 * @param firstItem index of the page's first item in the menu's list
 * @param itemCount how many items the page shows
 * @param text the message text
 * @param keyboard the keyboard; empty when the menu has no items and no buttons at all
 * @param fingerprint the short hash of the page's content that every press on it carries
 */
public record MenuPage(PlatformId platform, int index, int pageCount, int firstItem, int itemCount, String text,
                       Optional<Keyboard> keyboard, String fingerprint) {
    public MenuPage {
        checkNotNull(platform, "platform");
        checkNotNull(text, "text");
        checkNotNull(keyboard, "keyboard");
        checkNotNull(fingerprint, "fingerprint");
        checkArgument(index >= 0 && index < pageCount, "index %s outside 0..%s", index, pageCount);
        checkArgument(firstItem >= 0 && itemCount >= 0, "firstItem %s and itemCount %s", firstItem, itemCount);
    }
}
