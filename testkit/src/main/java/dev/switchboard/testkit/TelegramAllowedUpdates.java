package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The update types a bot asked for with {@code allowed_updates} ({@code getUpdates},
 * {@code setWebhook}), read as the Bot API server reads them: names in any case, unknown names
 * skipped, and an empty list or one with no known name meaning the default, which is every type
 * except {@code chat_member}, {@code message_reaction} and {@code message_reaction_count}. A value
 * that is not a list of strings changes nothing. Not thread-safe: {@link TelegramState} guards it.
 */
final class TelegramAllowedUpdates {
    /** The Bot API's update types (the fields of {@code Update} besides {@code update_id}). */
    static final Set<String> TYPES = Set.of("message", "edited_message", "channel_post", "edited_channel_post",
            "business_connection", "business_message", "edited_business_message", "deleted_business_messages",
            "message_reaction", "message_reaction_count", "inline_query", "chosen_inline_result", "callback_query",
            "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer", "my_chat_member",
            "chat_member", "chat_join_request", "chat_boost", "removed_chat_boost");
    /** The types a bot gets only when it lists them. */
    static final Set<String> OPT_IN = Set.of("chat_member", "message_reaction", "message_reaction_count");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Optional<Set<String>> chosen = Optional.empty();

    /**
     * The names in an {@code allowed_updates} value: a JSON array of strings, or that array as a
     * string (a form parameter). Empty when the value is absent or not such a list.
     */
    static Optional<List<String>> read(JsonNode value) {
        if (value != null && value.isTextual()) {
            try {
                value = MAPPER.readTree(value.asText());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (value == null || !value.isArray()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : value) {
            if (!name.isTextual()) {
                return Optional.empty();
            }
            names.add(name.asText());
        }
        return Optional.of(names);
    }

    /** Puts {@code names} in force until the next list; no known name means the default. */
    void set(List<String> names) {
        Set<String> known = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).filter(TYPES::contains)
                .collect(Collectors.toUnmodifiableSet());
        chosen = known.isEmpty() ? Optional.empty() : Optional.of(known);
    }

    /** Whether the bot gets {@code update}; one whose type is not known here is always delivered. */
    boolean allows(JsonNode update) {
        return type(update).map(this::allows).orElse(true);
    }

    /** Whether the bot gets updates of {@code type}. */
    boolean allows(String type) {
        return chosen.map(types -> types.contains(type)).orElse(!OPT_IN.contains(type));
    }

    /** The update's type: its first field that names a Bot API update type. */
    static Optional<String> type(JsonNode update) {
        for (Iterator<String> fields = update.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (TYPES.contains(field)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
