package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.MessageRef;
import dev.switchboard.core.bot.Messenger;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardWriter;
import dev.switchboard.core.spi.Redaction;
import dev.switchboard.core.validate.KeyboardRejectedException;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard send --platform telegram|vk --chat ID --text TEXT [--layout FILE|-] [--api-url URL]}:
 * sends one message through the platform's {@link Messenger}, with the layout's keyboard when
 * given, so a designer can see a layout on a real phone. The token comes only from the
 * environment ({@code TELEGRAM_BOT_TOKEN}, {@code VK_GROUP_TOKEN}); the API base URL from
 * {@code --api-url}, else {@code TELEGRAM_API_URL} / {@code VK_API_URL}, else the adapter's
 * default. The adapter's defaults for retries, rate limits and timeouts apply.
 *
 * <p>Prints the message reference as one JSON line, such as
 * {@code {"platform":"telegram","chatId":123,"messageId":456}}. An invalid layout prints its
 * report to stderr (exit 1) and no request is made; so does a text the platform would not take
 * (Telegram 1–4096, VK 1–9000 characters; exit 2); a platform error prints
 * {@code <platform> <method> failed: <code> <description> (after N attempts)} (exit 3). Nothing
 * printed ever contains the token.
 */
@Command(name = "send", sortOptions = false,
        description = "Sends a message, with a layout's keyboard when given, so it can be seen on a real phone.",
        footer = {"",
            "Environment:",
            "  TELEGRAM_BOT_TOKEN  Telegram bot token (from BotFather); tokens are never read from arguments.",
            "  TELEGRAM_API_URL    Telegram Bot API base URL (default https://api.telegram.org).",
            "  VK_GROUP_TOKEN      VK community access token.",
            "  VK_API_URL          VK API base URL (default https://api.vk.com/method/).",
            "--api-url takes precedence over the *_API_URL variables.",
            "",
            "Output: the sent message as one JSON line, {\"platform\":...,\"chatId\":...,\"messageId\":...} "
                    + "(for VK the messageId is the conversation_message_id).",
            "",
            "Exit status: 0 sent; 1 invalid layout (report on stderr, nothing sent); 2 usage error, missing "
                    + "token, unusable layout file or a text the platform would not take; 3 the platform refused or could not be reached (code and "
                    + "description on stderr, token redacted); " + Cli.INTERNAL_ERROR_HELP})
final class SendCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();

    private final Platforms platforms;
    private final InputStream stdin;
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", paramLabel = "telegram|vk", required = true,
            description = "Platform to send on.")
    String platform;

    @Option(names = "--chat", paramLabel = "ID", required = true,
            description = "Chat to send to: Telegram chat_id, VK peer_id (negative ids are fine).")
    long chat;

    @Option(names = "--text", paramLabel = "TEXT", required = true, description = "Message text.")
    String text;

    @Option(names = "--layout", paramLabel = "FILE|-",
            description = "Layout JSON file, or - for standard input; without it the message has no keyboard.")
    String layout;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "API base URL, such as a local Bot API server or a fake one (overrides the *_API_URL variable).")
    String apiUrl;

    SendCommand(Platforms platforms, InputStream stdin, Map<String, String> env) {
        this.platforms = platforms;
        this.stdin = stdin;
        this.env = env;
    }

    @Override
    public Integer call() {
        Connector connector = platforms.connector(platform).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--platform': '" + platform + "'; send needs one of "
                        + platforms.choices()));
        KeyboardWriter writer = platforms.writer(platform).orElseThrow();
        PrintWriter err = spec.commandLine().getErr();
        String token = env.get(connector.tokenVariable());
        if (token == null || token.isEmpty()) {
            err.println(connector.tokenVariable() + " is not set; send reads the " + platform
                    + " token only from the environment");
            return Cli.UNUSABLE;
        }
        Optional<URI> url;
        try {
            url = apiUrl(connector);
        } catch (UnusableInputException e) {
            err.println(Redaction.redact(e.getMessage(), token));
            return Cli.UNUSABLE;
        }
        Optional<Keyboard> keyboard = Optional.empty();
        if (layout != null) {
            Keyboard read;
            try {
                read = LayoutInput.read(layout, stdin);
            } catch (UnusableInputException e) {
                err.println(e.getMessage());
                return Cli.UNUSABLE;
            }
            ValidationReport report = Validator.validate(read, writer.rules());
            if (!report.isValid()) {
                ReportText.write(Map.of(platform, report), err);
                return Cli.INVALID;
            }
            ReportText.writeLines(report, err);
            keyboard = Optional.of(read);
        }
        Messenger messenger;
        try {
            messenger = connector.connect().messenger(token, url);
        } catch (IllegalArgumentException e) {
            // The URL was checked above, so what the adapter refuses here is the token.
            err.println(connector.tokenVariable() + ": " + Redaction.redact(e.getMessage(), token));
            return Cli.UNUSABLE;
        }
        MessageRef sent;
        try {
            sent = messenger.send(chat, text, keyboard);
        } catch (KeyboardRejectedException e) {
            ReportText.write(Map.of(platform, e.report()), err);
            return Cli.INVALID;
        } catch (IllegalArgumentException e) {
            // What the messenger refuses before any request: a text the platform would not take.
            err.println(Redaction.redact(e.getMessage(), token));
            return Cli.UNUSABLE;
        } catch (PlatformApiException e) {
            err.println(Redaction.redact(failure(e), token));
            return Cli.API_FAILURE;
        } catch (TransportException e) {
            err.println(Redaction.redact(e.getMessage(), token));
            return Cli.API_FAILURE;
        }
        spec.commandLine().getOut().println(json(sent));
        return Cli.VALID;
    }

    /**
     * The base URL from {@code --api-url} or the platform's variable, checked as both adapters
     * check it (an absolute http(s) URL with a host, no query or fragment); empty for the default.
     */
    private Optional<URI> apiUrl(Connector connector) throws UnusableInputException {
        String source = apiUrl != null ? "--api-url" : connector.apiUrlVariable();
        String value = apiUrl != null ? apiUrl : env.get(connector.apiUrlVariable());
        if (value == null || (apiUrl == null && value.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Connector.apiUrl(source, value));
    }

    /** {@code telegram sendMessage failed: 403 Forbidden: bot was blocked by the user (after 1 attempt)}. */
    static String failure(PlatformApiException e) {
        int attempts = e.attempts();
        return e.platform().value() + " " + e.method() + " failed: " + e.errorCode() + " " + e.description()
                + " (after " + attempts + (attempts == 1 ? " attempt)" : " attempts)");
    }

    /** {@code {"platform":"telegram","chatId":123,"messageId":456}}; an inline-mode message has an inlineMessageId. */
    static String json(MessageRef message) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("platform", message.platform().value());
            if (message.chatId().isPresent()) {
                json.writeNumberField("chatId", message.chatId().getAsLong());
            }
            if (message.messageId().isPresent()) {
                json.writeNumberField("messageId", message.messageId().getAsLong());
            }
            if (message.inlineMessageId().isPresent()) {
                json.writeStringField("inlineMessageId", message.inlineMessageId().get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return line.toString();
    }
}
