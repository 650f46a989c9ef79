package dev.switchboard.core.bot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.event.MessageReceived;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a message is a command, the same way on both platforms: Telegram's {@code /name},
 * {@code /name@AnyBot} and {@code /name argument}; VK's Start button, whose message carries the
 * payload {@code {"command":"start"}} (any {@code {"command":name}} payload counts); and the plain
 * text {@code name}, ignoring case and surrounding spaces, as VK users type it.
 */
final class CommandMatcher implements Predicate<MessageReceived> {
    private static final JsonFactory JSON = new JsonFactory();

    private final String name;

    private CommandMatcher(String name) {
        this.name = name;
    }

    /** Matches command {@code name}, given with or without its leading {@code /}. */
    static CommandMatcher of(String name) {
        checkNotNull(name, "name");
        String bare = name.startsWith("/") ? name.substring(1) : name;
        checkArgument(bare.matches("[A-Za-z0-9_]{1,32}"),
                "a command is 1-32 letters, digits or underscores: %s", name);
        return new CommandMatcher(bare);
    }

    @Override
    public boolean test(MessageReceived message) {
        String text = message.text().strip();
        if (text.startsWith("/")) {
            int end = 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String command = text.substring(1, end);
            int at = command.indexOf('@');
            if ((at < 0 ? command : command.substring(0, at)).equals(name)) {
                return true;
            }
        } else if (text.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return message.payload().flatMap(CommandMatcher::commandOf).filter(name::equals).isPresent();
    }

    /** The {@code command} of a VK payload such as {@code {"command":"start"}}; empty for anything else. */
    static Optional<String> commandOf(String payload) {
        if (!payload.startsWith("{")) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String command = null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("command") && value == JsonToken.VALUE_STRING) {
                    command = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return Optional.ofNullable(command);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
