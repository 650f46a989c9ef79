package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.switchboard.core.event.ButtonPress;
import dev.switchboard.core.event.ChatMigrated;
import dev.switchboard.core.event.Ignored;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateKind;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The NDJSON line {@code switchboard parse} prints for one update: a compact JSON object,
 * then {@code \n}. Keys come in a fixed order per type, {@code type}, {@code platform} and
 * {@code updateId} first; ids are numbers, {@code updateId} a string, and absent values are
 * {@code null}, never left out. The format is described in {@code docs/events.md}.
 */
final class EventJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private EventJson() {
    }

    /** Writes the update's line, {@code \n} included, to {@code out}, which stays open. */
    static void write(Update update, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", type(update.kind()));
            json.writeStringField("platform", update.platform().value());
            string(json, "updateId", update.updateId());
            switch (update.kind()) {
                case BUTTON_PRESS -> press(json, (ButtonPress) update);
                case MESSAGE -> message(json, (MessageReceived) update);
                case MEMBERSHIP -> membership(json, (MembershipChange) update);
                case CHAT_MIGRATED -> migrated(json, (ChatMigrated) update);
                case IGNORED -> json.writeStringField("updateType", ((Ignored) update).updateType());
                default -> throw new IllegalStateException("no JSON form for " + update.kind());
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** The {@code type} value of each kind; a switch expression, so a new kind fails to compile here. */
    static String type(UpdateKind kind) {
        return switch (kind) {
            case BUTTON_PRESS -> "button_press";
            case MESSAGE -> "message";
            case MEMBERSHIP -> "membership";
            case CHAT_MIGRATED -> "chat_migrated";
            case IGNORED -> "ignored";
        };
    }

    private static void press(JsonGenerator json, ButtonPress press) throws IOException {
        json.writeStringField("pressId", press.pressId());
        json.writeNumberField("userId", press.userId());
        number(json, "chatId", press.chatId());
        number(json, "messageId", press.messageId());
        string(json, "inlineMessageId", press.inlineMessageId());
        string(json, "payload", press.payload());
        json.writeBooleanField("messageAccessible", press.messageAccessible());
    }

    private static void message(JsonGenerator json, MessageReceived message) throws IOException {
        number(json, "userId", message.userId());
        json.writeNumberField("chatId", message.chatId());
        json.writeNumberField("messageId", message.messageId());
        json.writeStringField("text", message.text());
        string(json, "payload", message.payload());
    }

    private static void membership(JsonGenerator json, MembershipChange change) throws IOException {
        json.writeNumberField("chatId", change.chatId());
        json.writeNumberField("userId", change.userId());
        number(json, "actorId", change.actorId());
        json.writeStringField("subject", change.subject().jsonName());
        json.writeStringField("from", change.from().jsonName());
        json.writeStringField("to", change.to().jsonName());
        json.writeStringField("change", change.change().jsonName());
    }

    private static void migrated(JsonGenerator json, ChatMigrated migrated) throws IOException {
        json.writeNumberField("fromChatId", migrated.fromChatId());
        json.writeNumberField("toChatId", migrated.toChatId());
    }

    private static void string(JsonGenerator json, String name, Optional<String> value) throws IOException {
        json.writeFieldName(name);
        if (value.isPresent()) {
            json.writeString(value.get());
        } else {
            json.writeNull();
        }
    }

    private static void number(JsonGenerator json, String name, OptionalLong value) throws IOException {
        json.writeFieldName(name);
        if (value.isPresent()) {
            json.writeNumber(value.getAsLong());
        } else {
            json.writeNull();
        }
    }
}
