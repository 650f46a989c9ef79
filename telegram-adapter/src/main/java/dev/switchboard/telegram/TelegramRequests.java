package dev.switchboard.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.bot.MessageRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON bodies of the Bot API methods the SDK calls, written with a streaming generator.
 * A {@code reply_markup} is embedded as the raw JSON the keyboard writer produced (or that a
 * pressed message carried), never serialised a second way.
 */
final class TelegramRequests {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int TYPICAL_BODY = 256;

    private TelegramRequests() {
    }

    /** A body writer; fields are written in the order the lambda writes them. */
    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] sendMessage(long chatId, String text, Optional<String> replyMarkup) {
        return object(g -> {
            g.writeNumberField("chat_id", chatId);
            g.writeStringField("text", text);
            markup(g, replyMarkup);
        });
    }

    static byte[] editMessageText(MessageRef message, String text, Optional<String> replyMarkup) {
        return object(g -> {
            target(g, message);
            g.writeStringField("text", text);
            markup(g, replyMarkup);
        });
    }

    static byte[] editMessageReplyMarkup(MessageRef message, String replyMarkup) {
        return object(g -> {
            target(g, message);
            markup(g, Optional.of(replyMarkup));
        });
    }

    /** {@code answerCallbackQuery} with the parameters of {@code TelegramAnswerWriter}. */
    static byte[] answerCallbackQuery(Map<String, Object> parameters) {
        return object(g -> {
            for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
                g.writeFieldName(parameter.getKey());
                g.writeObject(parameter.getValue());
            }
        });
    }

    static byte[] getUpdates(long offset, int limit, int timeoutSeconds, Optional<List<String>> allowedUpdates) {
        return object(g -> {
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            g.writeNumberField("timeout", timeoutSeconds);
            if (allowedUpdates.isPresent()) {
                strings(g, "allowed_updates", allowedUpdates.get());
            }
        });
    }

    static byte[] setWebhook(URI url, String secretToken, List<String> allowedUpdates, boolean dropPending) {
        return object(g -> {
            g.writeStringField("url", url.toString());
            g.writeStringField("secret_token", secretToken);
            strings(g, "allowed_updates", allowedUpdates);
            g.writeBooleanField("drop_pending_updates", dropPending);
        });
    }

    static byte[] deleteWebhook(boolean dropPending) {
        return object(g -> g.writeBooleanField("drop_pending_updates", dropPending));
    }

    static byte[] empty() {
        return object(g -> { });
    }

    /** {@code chat_id} and {@code message_id}, or {@code inline_message_id}. */
    private static void target(JsonGenerator g, MessageRef message) throws IOException {
        if (message.inlineMessageId().isPresent()) {
            g.writeStringField("inline_message_id", message.inlineMessageId().get());
        } else {
            g.writeNumberField("chat_id", message.chatId().getAsLong());
            g.writeNumberField("message_id", message.messageId().getAsLong());
        }
    }

    private static void markup(JsonGenerator g, Optional<String> replyMarkup) throws IOException {
        if (replyMarkup.isPresent()) {
            g.writeFieldName("reply_markup");
            g.writeRawValue(replyMarkup.get());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static byte[] object(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(TYPICAL_BODY);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new AssertionError("writing JSON to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
