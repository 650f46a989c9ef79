package dev.switchboard.vk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.ClientCapabilities;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads {@code message_new}'s {@code client_info}. Nearly every message carries
 * one of a few combinations, so action names from VK's schema are matched without allocating and
 * the resulting {@link ClientCapabilities} come from a small cache. Thread-safe: the cache holds
 * immutable entries, and a lost race only costs a rebuild.
 */
final class VkClientInfo {
    private static final String FIELD = "object.client_info";
    private static final String BUTTON_ACTIONS = FIELD + ".button_actions";
    /** VK's {@code button_actions} values (SCHEMA enum); bit i of a mask stands for KNOWN[i]. */
    private static final String[] KNOWN = {"text", "start", "location", "vkpay", "open_app", "open_photo",
        "open_link", "callback", "intent_subscribe", "intent_unsubscribe", "open_modal_view"};
    private static final int SLOTS = 64;
    private static final Entry[] CACHE = new Entry[SLOTS];

    private VkClientInfo() {
    }

    /** Reads the object at {@code p}'s START_OBJECT, leaving {@code p} on its END_OBJECT. */
    static ClientCapabilities read(JsonParser p, VkSource src) throws IOException {
        int mask = 0;
        Set<String> others = null;
        boolean keyboard = false;
        boolean inlineKeyboard = false;
        boolean carousel = false;
        int langId = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "button_actions" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw VkJson.wrongType(p, src, BUTTON_ACTIONS, "an array");
                    }
                    mask = 0;
                    others = null;
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            throw VkJson.wrongType(p, src, BUTTON_ACTIONS + "[" + i + "]", "a string");
                        }
                        int known = known(p);
                        if (known >= 0) {
                            mask |= 1 << known;
                        } else {
                            others = others == null ? new HashSet<>() : others;
                            others.add(p.getText());
                        }
                    }
                }
                case "keyboard" -> keyboard = VkJson.flag(p, src, FIELD + ".keyboard");
                case "inline_keyboard" -> inlineKeyboard = VkJson.flag(p, src, FIELD + ".inline_keyboard");
                case "carousel" -> carousel = VkJson.flag(p, src, FIELD + ".carousel");
                case "lang_id" -> langId = VkJson.intValue(p, src, FIELD + ".lang_id");
                default -> p.skipChildren();
            }
        }
        return capabilities(mask, others, keyboard, inlineKeyboard, carousel, langId);
    }

    /**
     * The capabilities read: the known actions of {@code mask} plus {@code others} (null when every
     * action was a known one, the common case, which comes from the cache).
     */
    static ClientCapabilities capabilities(int mask, Set<String> others, boolean keyboard, boolean inlineKeyboard,
                                           boolean carousel, int langId) {
        if (others != null) {
            others.addAll(actions(mask));
            return new ClientCapabilities(others, keyboard, inlineKeyboard, carousel, langId);
        }
        return cached(mask, keyboard, inlineKeyboard, carousel, langId);
    }

    /** Index in the known actions of the ASCII name in {@code utf8[offset, offset + length)}, or -1. */
    static int knownIndex(byte[] utf8, int offset, int length) {
        for (int k = 0; k < KNOWN.length; k++) {
            String name = KNOWN[k];
            if (name.length() == length && matches(name, utf8, offset)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean matches(String name, byte[] utf8, int offset) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != utf8[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Index in {@link #KNOWN} of the current string token, or -1; compares the parser's buffer. */
    private static int known(JsonParser p) throws IOException {
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (int k = 0; k < KNOWN.length; k++) {
            String name = KNOWN[k];
            if (name.length() == length && matches(name, chars, offset)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean matches(String name, char[] chars, int offset) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static ClientCapabilities cached(int mask, boolean keyboard, boolean inlineKeyboard, boolean carousel,
                                             int langId) {
        long key = (long) mask | (keyboard ? 1L << 11 : 0) | (inlineKeyboard ? 1L << 12 : 0)
                | (carousel ? 1L << 13 : 0) | (langId & 0xFFFF_FFFFL) << 14;
        int slot = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 58);
        Entry entry = CACHE[slot];
        if (entry != null && entry.key == key) {
            return entry.client;
        }
        ClientCapabilities client = new ClientCapabilities(actions(mask), keyboard, inlineKeyboard, carousel, langId);
        CACHE[slot] = new Entry(key, client);
        return client;
    }

    private static Set<String> actions(int mask) {
        String[] names = new String[Integer.bitCount(mask)];
        int n = 0;
        for (int k = 0; k < KNOWN.length; k++) {
            if ((mask & 1 << k) != 0) {
                names[n++] = KNOWN[k];
            }
        }
        return Set.of(names);
    }

    /** Immutable, so publishing it through the racy array is safe. */
    private record Entry(long key, ClientCapabilities client) {
    }
}
