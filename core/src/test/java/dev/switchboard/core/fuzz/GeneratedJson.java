package dev.switchboard.core.fuzz;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Well-formed JSON values made up from the keys and words the readers look for (Telegram, VK and
 * layout fields, the empty key), mixed with arbitrary ones, nested a few levels. Being valid JSON,
 * they test what the readers do with the wrong shapes and types rather than with broken syntax.
 */
public final class GeneratedJson {
    private static final List<String> KEYS = List.of("", "update_id", "message", "callback_query",
            "my_chat_member", "chat_member", "id", "from", "chat", "message_id", "text", "date", "data",
            "inline_message_id", "migrate_to_chat_id", "migrate_from_chat_id", "new_chat_member",
            "old_chat_member", "status", "user", "ok", "result", "description", "error_code", "type", "object",
            "group_id", "event_id", "v", "updates", "ts", "peer_id", "from_id", "conversation_message_id",
            "payload", "action", "member_id", "client_info", "button_actions", "user_id", "join_type", "self", "p",
            "kind", "label", "style", "rows", "oneTime", "persistent", "placeholder", "url", "appId", "ownerId",
            "hash");
    private static final List<String> WORDS = List.of("", "message_new", "message_event", "message_allow",
            "message_deny", "group_join", "group_leave", "chat_invite_user", "chat_kick_user", "member",
            "administrator", "kicked", "left", "restricted", "creator", "inline", "standard", "remove", "callback",
            "link", "app", "pay", "copy", "primary", "approved", "request", "{\"p\":\"x\"}", "{\"p\":", "[club1|x]");

    private GeneratedJson() {
    }

    /** A JSON value nested at most {@code depth} levels. */
    public static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = scalar();
        if (depth <= 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalar),
                Tuple.of(1, array(depth - 1)),
                Tuple.of(3, object(depth - 1)));
    }

    /** A JSON object nested at most {@code depth} levels below it. */
    public static Arbitrary<String> object(int depth) {
        Arbitrary<String> member = Combinators.combine(key(), Arbitraries.lazy(() -> value(depth)))
                .as((k, v) -> quote(k) + ":" + v);
        return member.list().ofMaxSize(5).map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<String> array(int depth) {
        return Arbitraries.lazy(() -> value(depth)).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
    }

    private static Arbitrary<String> key() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(KEYS)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-3, 3).map(String::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(25))
                        .map(BigInteger::toString),
                Arbitraries.doubles().map(String::valueOf).filter(d -> !d.contains("N") && !d.contains("I")),
                Arbitraries.of("true", "false", "null"),
                Arbitraries.of(WORDS).map(GeneratedJson::quote),
                Arbitraries.strings().ofMaxLength(12).map(GeneratedJson::quote));
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
