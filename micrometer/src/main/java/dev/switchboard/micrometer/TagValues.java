package dev.switchboard.micrometer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tag values with a bounded number of distinct values: enum names in lower case, API methods from
 * a fixed set (anything else is {@value #OTHER}), exception class names. Never an id, a payload
 * or a text that might carry a token.
 */
final class TagValues {
    /** The value of a method outside the known set. */
    static final String OTHER = "other";

    /** The methods the Telegram and VK adapters call. */
    static final Set<String> KNOWN_METHODS = Set.of(
            "getMe", "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup",
            "answerCallbackQuery", "setWebhook", "deleteWebhook",
            "groups.getById", "groups.getLongPollServer", "messages.send", "messages.edit",
            "messages.sendMessageEventAnswer");

    private final Set<String> methods;

    TagValues(Set<String> extraMethods) {
        this.methods = union(KNOWN_METHODS, extraMethods);
    }

    /** {@code method} when it is one of the known methods, else {@value #OTHER}. */
    String method(String method) {
        return method != null && methods.contains(method) ? method : OTHER;
    }

    /** An enum constant as a tag value: {@code HANDLER_RETURNED} is {@code handler_returned}. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The simple name of {@code error}'s class (the full name for an anonymous one). */
    static String exception(Throwable error) {
        String simple = error.getClass().getSimpleName();
        return simple.isEmpty() ? error.getClass().getName() : simple;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
