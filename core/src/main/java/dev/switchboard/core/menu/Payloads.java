package dev.switchboard.core.menu;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.payload.CallbackData;
import java.util.regex.Pattern;

/**
 * The payloads of one menu's buttons, each under the menu's id: {@code <id>.i} a press on an item,
 * {@code <id>.t} a page turn, {@code <id>.o} an opening (back, home, the list from an item screen).
 * Item and turn payloads carry the fingerprint of the page they were shown on.
 */
final class Payloads {
    /** Fingerprints are this many URL-safe Base64 characters (36 bits). */
    static final int FINGERPRINT_LENGTH = 6;
    /** Stands for a fingerprint while pages are being fitted: the same length, so the same sizes. */
    static final String PLACEHOLDER = "AAAAAA";
    private static final Pattern FINGERPRINT = Pattern.compile("[A-Za-z0-9_-]{" + FINGERPRINT_LENGTH + "}");

    /** A press on item {@code index} of the list, shown on a page with fingerprint {@code fp}; value empty: by index. */
    record Pick(String fp, int index, String value) {
        Pick {
            checkArgument(FINGERPRINT.matcher(checkNotNull(fp, "fp")).matches(), "fingerprint: %s", fp);
            checkArgument(index >= 0, "index: %s", index);
            checkNotNull(value, "value");
        }
    }

    /** A turn from page {@code from} (with fingerprint {@code fp}) to page {@code to}. */
    record Turn(String fp, int from, int to) {
        Turn {
            checkArgument(FINGERPRINT.matcher(checkNotNull(fp, "fp")).matches(), "fingerprint: %s", fp);
            checkArgument(from >= 0 && to >= 0, "pages: %s, %s", from, to);
        }
    }

    /** Opens the menu at {@code page} (clamped to the pages there are). */
    record Open(int page) {
        Open {
            checkArgument(page >= 0, "page: %s", page);
        }
    }

    final String id;
    final CallbackData<Pick> pick;
    final CallbackData<Turn> turn;
    final CallbackData<Open> open;

    Payloads(String id) {
        this.id = id;
        this.pick = CallbackData.of(id + ".i", Pick.class);
        this.turn = CallbackData.of(id + ".t", Turn.class);
        this.open = CallbackData.of(id + ".o", Open.class);
    }

    /** Whether {@code payload} is one of this menu's. */
    boolean owns(String payload) {
        return pick.matches(payload) || turn.matches(payload) || open.matches(payload);
    }
}
