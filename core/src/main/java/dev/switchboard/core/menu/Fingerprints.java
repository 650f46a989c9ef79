package dev.switchboard.core.menu;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.KeyboardType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fingerprint of a menu page: the first 6 URL-safe Base64 characters (36 bits) of SHA-256 over
 * the menu's id, the platform, the keyboard type, the page's number and the page count, and each item's label and
 * packed value. It depends on content only, so it is the same after a restart and on every replica,
 * and changes when anything the user saw on the page changes.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static <T extends Record> String of(String menu, PlatformId platform, KeyboardType type, int page,
                                        int pageCount, List<MenuItem<T>> items, List<String> values) {
        Hasher hasher = Hashing.sha256().newHasher();
        put(hasher, menu);
        put(hasher, platform.value());
        put(hasher, type.name());
        hasher.putInt(page).putInt(pageCount).putInt(items.size());
        for (int i = 0; i < items.size(); i++) {
            put(hasher, items.get(i).label());
            put(hasher, values.get(i));
        }
        return BaseEncoding.base64Url().omitPadding().encode(hasher.hash().asBytes())
                .substring(0, Payloads.FINGERPRINT_LENGTH);
    }

    private static void put(Hasher hasher, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        hasher.putInt(bytes.length).putBytes(bytes);
    }
}
