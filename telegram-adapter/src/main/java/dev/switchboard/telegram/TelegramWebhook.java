package dev.switchboard.telegram;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Telegram's webhook POSTs: checks {@code X-Telegram-Bot-Api-Secret-Token} in
 * constant time (401 when missing or wrong), refuses bodies over the limit (413) and bodies
 * that are no readable update (400, logged and reported as skipped), and offers each update to
 * the sink without waiting ({@link UpdateSink#offer}).
 *
 * <p>When the sink refuses the update ({@link UpdateRefusedException}: the handlers are saturated
 * or the bot is stopping) the answer is <b>503 with {@code Retry-After: 1}</b>. Telegram
 * re-delivers a webhook answered with any non-2xx status ("a reasonable amount of
 * attempts", says the Bot API) and keeps undelivered updates for 24 hours, pushing nothing newer for
 * the bot meanwhile, so the update is delayed, not lost. 503 is HTTP's status for "overloaded or
 * stopping, try again" (RFC 9110 §15.6.4); 429 would claim the client sent too much, 500 would
 * claim a bug. The refusal is logged at debug only and is not reported as a failed update: the bot
 * runtime reports the saturation episode once. Any other exception from the sink is the update's
 * own failure: logged and reported, and Telegram still gets 200, so it does not re-deliver a
 * poison update forever. Thread-safe if the sink is.
 */
final class TelegramWebhook implements WebhookHandler {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** The {@code Retry-After} sent with a refused update; Telegram's own retry schedule decides in the end. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);

    private final byte[] secret;
    private final UpdateSink sink;
    private final int maxBodyBytes;
    private final ListenerGroup listener;
    private final UnaryOperator<String> redaction;

    TelegramWebhook(String secretToken, UpdateSink sink, int maxBodyBytes, ListenerGroup listener,
                    UnaryOperator<String> redaction) {
        this.secret = checkSecret(secretToken).getBytes(StandardCharsets.UTF_8);
        this.sink = checkNotNull(sink, "sink");
        checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive: %s", maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.listener = checkNotNull(listener, "listener");
        this.redaction = checkNotNull(redaction, "redaction");
    }

    /** {@code secretToken} when Telegram accepts it: 1–256 of {@code A-Z a-z 0-9 _ -}. Never echoed. */
    static String checkSecret(String secretToken) {
        checkNotNull(secretToken, "secretToken");
        if (!SECRET.matcher(secretToken).matches()) {
            throw new IllegalArgumentException("secretToken must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -"
                    + " (the given one has " + secretToken.length() + " characters)");
        }
        return secretToken;
    }

    @Override
    public WebhookResponse handle(WebhookRequest request) {
        checkNotNull(request, "request");
        if (!request.method().equals("POST")) {
            return refuse(405, "only POST is accepted");
        }
        Optional<String> given = request.header(SECRET_HEADER);
        if (given.isEmpty()) {
            return refuse(401, "missing " + SECRET_HEADER);
        }
        if (!MessageDigest.isEqual(secret, given.get().getBytes(StandardCharsets.UTF_8))) {
            return refuse(401, "wrong " + SECRET_HEADER);
        }
        byte[] body = request.body();
        if (body.length > maxBodyBytes) {
            return refuse(413, "body larger than " + maxBodyBytes + " bytes");
        }
        Update update;
        try {
            update = TelegramUpdateReader.INSTANCE.read(body);
        } catch (UpdateParseException e) {
            String problem = redaction.apply(e.getMessage());
            LOG.warn("Telegram webhook body is no readable update: {}", problem);
            listener.updateSkipped(PlatformId.TELEGRAM, new SkippedUpdate(0, Optional.empty(), e));
            return WebhookResponse.refuse(400, "unreadable update: " + problem);
        }
        try {
            sink.offer(update);
        } catch (UpdateRefusedException e) {
            LOG.debug("Telegram update {} not taken ({}); answered 503 so Telegram delivers it again",
                    update.updateId().orElse("?"), e.reason());
            return WebhookResponse.retryLater("update not taken: " + e.reason(), RETRY_AFTER);
        } catch (RuntimeException e) {
            LOG.error("Telegram update {} failed in the sink; answered 200 so it is not re-delivered",
                    update.updateId().orElse("?"), e);
            listener.updateFailed(update, e);
        }
        return WebhookResponse.ok("");
    }

    @Override
    public String toString() {
        return "TelegramWebhook[maxBodyBytes=" + maxBodyBytes + "]";
    }

    private WebhookResponse refuse(int status, String reason) {
        LOG.warn("Telegram webhook request refused with {}: {}", status, reason);
        listener.webhookRejected(PlatformId.TELEGRAM, status, reason);
        return WebhookResponse.refuse(status, reason);
    }
}
