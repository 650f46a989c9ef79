package dev.switchboard.telegram;

import static dev.switchboard.core.PlatformId.TELEGRAM;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.Ignored;
import dev.switchboard.core.event.MembershipSubject;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.PressSource;
import dev.switchboard.core.event.RawJson;
import dev.switchboard.core.event.Update;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads one Telegram {@code Update} object in a single pass over a parser that stands on its
 * {@code START_OBJECT}. Each type's fields are collected in any order and the event is built at
 * the object's end, once {@code update_id} is known wherever it appeared. Everything the event
 * does not need is skipped with {@code skipChildren()}. One instance per parser; not thread-safe.
 */
final class TelegramEnvelopeReader {
    /** What a type's fields describe; completed into the event once the whole update is read. */
    @FunctionalInterface
    interface Draft {
        Update complete(Optional<String> updateId, RawJson raw);
    }

    private static final String UNKNOWN_TYPE = "unknown";

    private final JsonParser p;
    private final byte[] utf8;
    private String updateId;
    private JsonStreamContext updateContext;

    TelegramEnvelopeReader(JsonParser parser, byte[] utf8) {
        this.p = parser;
        this.utf8 = utf8;
    }

    /** The {@code update_id} of the update being read, or null if not read yet. */
    String updateId() {
        return updateId;
    }

    /** Reads the update the parser stands on; afterwards the parser stands on its {@code END_OBJECT}. */
    Update read() throws IOException {
        updateId = null;
        updateContext = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw TelegramJson.wrongType(p, null, "an update object");
        }
        updateContext = p.getParsingContext();
        int start = (int) p.currentTokenLocation().getByteOffset();
        Draft draft = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (name.equals("update_id")) {
                updateId = TelegramJson.integerText(p, "update_id");
            } else if (draft == null) {
                // "At most one of the optional fields can be present": the first other key is the type.
                draft = readType(name);
            } else {
                p.skipChildren();
            }
        }
        if (updateId == null) {
            throw TelegramJson.missing(p, "update_id");
        }
        int end = (int) p.currentLocation().getByteOffset();
        RawJson raw = RawJson.copyOf(utf8, start, end - start);
        Optional<String> id = Optional.of(updateId);
        return draft == null ? new Ignored(TELEGRAM, id, UNKNOWN_TYPE, raw) : draft.complete(id, raw);
    }

    /**
     * After a failed {@link #read()}, moves the parser to the end of that update so the next can
     * be read, picking up {@code update_id} on the way if it had not been read yet.
     *
     * @param outer the context that holds the update (the batch's array)
     */
    void skipRest(JsonStreamContext outer) throws IOException {
        while (p.getParsingContext() != outer) {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw TelegramJson.at(p, null, "unexpected end of input inside an update", null);
            }
            if (token == JsonToken.FIELD_NAME && updateId == null && p.getParsingContext() == updateContext
                    && p.currentName().equals("update_id")
                    && p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                updateId = p.getText();
            }
        }
    }

    private Draft readType(String type) throws IOException {
        return switch (type) {
            case "callback_query" -> callbackQuery();
            case "message" -> message();
            case "my_chat_member" -> TelegramMemberReader.read(p, "my_chat_member", MembershipSubject.BOT);
            case "chat_member" -> TelegramMemberReader.read(p, "chat_member", MembershipSubject.USER);
            default -> {
                p.skipChildren();
                yield (id, raw) -> new Ignored(TELEGRAM, id, type, raw);
            }
        };
    }

    private Draft callbackQuery() throws IOException {
        TelegramJson.requireObject(p, "callback_query");
        String pressId = null;
        long userId = 0;
        boolean hasUser = false;
        MessageRef message = null;
        String inlineMessageId = null;
        String data = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "id" -> pressId = TelegramJson.stringOrNumber(p, "callback_query.id");
                case "from" -> {
                    userId = TelegramJson.objectId(p, "callback_query.from", "callback_query.from.id");
                    hasUser = true;
                }
                case "message" -> message = TelegramJson.isNull(p) ? message : callbackMessage();
                case "inline_message_id" -> inlineMessageId = optionalString("callback_query.inline_message_id");
                case "data" -> data = optionalString("callback_query.data");
                default -> p.skipChildren();
            }
        }
        if (pressId == null) {
            throw TelegramJson.missing(p, "callback_query.id");
        }
        if (!hasUser) {
            throw TelegramJson.missing(p, "callback_query.from");
        }
        String id = pressId;
        long user = userId;
        OptionalLong chatId = message == null ? OptionalLong.empty() : OptionalLong.of(message.chatId());
        OptionalLong messageId = message == null ? OptionalLong.empty() : OptionalLong.of(message.messageId());
        boolean accessible = message == null || message.accessible();
        // A game press carries game_short_name instead of data: no payload.
        Optional<String> payload = Optional.ofNullable(data);
        Optional<String> inline = Optional.ofNullable(inlineMessageId);
        return (updateIdValue, raw) -> new ButtonPress(TELEGRAM, updateIdValue, id, user, chatId, messageId, inline,
                payload, accessible, PressSource.CALLBACK, raw);
    }

    /** The message a press came from: a Message, or an InaccessibleMessage with {@code date: 0}. */
    private MessageRef callbackMessage() throws IOException {
        TelegramJson.requireObject(p, "callback_query.message");
        long chatId = 0;
        boolean hasChat = false;
        long messageId = 0;
        boolean hasMessageId = false;
        long date = 0;
        boolean hasDate = false;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "chat" -> {
                    chatId = TelegramJson.objectId(p, "callback_query.message.chat",
                            "callback_query.message.chat.id");
                    hasChat = true;
                }
                case "message_id" -> {
                    messageId = TelegramJson.longValue(p, "callback_query.message.message_id");
                    hasMessageId = true;
                }
                case "date" -> {
                    date = TelegramJson.longValue(p, "callback_query.message.date");
                    hasDate = true;
                }
                default -> p.skipChildren();
            }
        }
        if (!hasChat) {
            throw TelegramJson.missing(p, "callback_query.message.chat");
        }
        if (!hasMessageId) {
            throw TelegramJson.missing(p, "callback_query.message.message_id");
        }
        if (!hasDate) {
            throw TelegramJson.missing(p, "callback_query.message.date");
        }
        return new MessageRef(chatId, messageId, date != 0);
    }

    private Draft message() throws IOException {
        TelegramJson.requireObject(p, "message");
        long messageId = 0;
        boolean hasMessageId = false;
        long chatId = 0;
        boolean hasChat = false;
        OptionalLong userId = OptionalLong.empty();
        String text = "";
        long migrateTo = 0;
        boolean hasMigrateTo = false;
        long migrateFrom = 0;
        boolean hasMigrateFrom = false;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "message_id" -> {
                    messageId = TelegramJson.longValue(p, "message.message_id");
                    hasMessageId = true;
                }
                case "chat" -> {
                    chatId = TelegramJson.objectId(p, "message.chat", "message.chat.id");
                    hasChat = true;
                }
                case "from" -> userId = TelegramJson.isNull(p) ? userId
                        : OptionalLong.of(TelegramJson.objectId(p, "message.from", "message.from.id"));
                case "text" -> text = TelegramJson.isNull(p) ? text : TelegramJson.string(p, "message.text");
                case "migrate_to_chat_id" -> {
                    hasMigrateTo = !TelegramJson.isNull(p);
                    migrateTo = hasMigrateTo ? TelegramJson.longValue(p, "message.migrate_to_chat_id") : 0;
                }
                case "migrate_from_chat_id" -> {
                    hasMigrateFrom = !TelegramJson.isNull(p);
                    migrateFrom = hasMigrateFrom ? TelegramJson.longValue(p, "message.migrate_from_chat_id") : 0;
                }
                default -> p.skipChildren();
            }
        }
        if (!hasMessageId) {
            throw TelegramJson.missing(p, "message.message_id");
        }
        if (!hasChat) {
            throw TelegramJson.missing(p, "message.chat");
        }
        long chat = chatId;
        if (hasMigrateTo) {
            long to = migrateTo;
            return (id, raw) -> new ChatMigrated(TELEGRAM, id, chat, to, raw);
        }
        if (hasMigrateFrom) {
            long from = migrateFrom;
            return (id, raw) -> new ChatMigrated(TELEGRAM, id, from, chat, raw);
        }
        long message = messageId;
        OptionalLong user = userId;
        String body = text;
        return (id, raw) -> new MessageReceived(TELEGRAM, id, user, chat, message, body, Optional.empty(),
                Optional.empty(), raw);
    }

    /** An optional string field; JSON {@code null} counts as absent. */
    private String optionalString(String path) throws IOException {
        return TelegramJson.isNull(p) ? null : TelegramJson.string(p, path);
    }

    private record MessageRef(long chatId, long messageId, boolean accessible) {
    }
}
