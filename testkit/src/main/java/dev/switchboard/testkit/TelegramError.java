package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Bot API error the fake answers with: the HTTP status equals {@code error_code}, and the
 * descriptions are the real ones (telegram-adapter/src/test/resources/telegram/error_*.json).
 */
final class TelegramError extends Exception {
    static final String BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID";
    static final String MARKUP_TOO_LONG = "Bad Request: reply markup is too long";
    static final String NOT_MODIFIED = "Bad Request: message is not modified: specified new message content and"
            + " reply markup are exactly the same as a current content and reply markup of the message";
    static final String QUERY_TOO_OLD =
            "Bad Request: query is too old and response timeout expired or query ID is invalid";
    static final String TEXT_EMPTY = "Bad Request: message text is empty";
    static final String TEXT_TOO_LONG = "Bad Request: message is too long";
    static final String BLOCKED = "Forbidden: bot was blocked by the user";
    static final String TERMINATED = "Conflict: terminated by other getUpdates request;"
            + " make sure that only one bot instance is running";
    static final String WEBHOOK_ACTIVE = "Conflict: can't use getUpdates method while webhook is active;"
            + " use deleteWebhook to delete the webhook first";

    private final int code;
    private final String description;
    private final transient ObjectNode parameters;

    private TelegramError(int code, String description, ObjectNode parameters) {
        super(code + " " + description, null, false, false);
        this.code = code;
        this.description = description;
        this.parameters = parameters;
    }

    static TelegramError badRequest(String description) {
        return new TelegramError(400, description, null);
    }

    static TelegramError of(int code, String description) {
        return new TelegramError(code, description, null);
    }

    static TelegramError tooManyRequests(int retryAfterSeconds) {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("retry_after", retryAfterSeconds);
        return new TelegramError(429, "Too Many Requests: retry after " + retryAfterSeconds, parameters);
    }

    int code() {
        return code;
    }

    /** The envelope {@code {"ok":false,"error_code":…,"description":…[,"parameters":{…}]}}. */
    ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", false).put("error_code", code).put("description", description);
        if (parameters != null) {
            body.set("parameters", parameters);
        }
        return body;
    }
}
