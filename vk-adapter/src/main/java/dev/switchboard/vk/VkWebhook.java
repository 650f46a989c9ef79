package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VK Callback API: VK POSTs one envelope per request. {@code confirmation} is
 * answered with the confirmation code (403 when its {@code group_id} is not the configured group);
 * every other event with {@code ok}, after the {@code secret} check (constant time, 403 "bad secret"),
 * the group check (when a group id is configured, an event whose {@code group_id} differs or is
 * missing gets 403 "event for another group" and is not handed over), the {@code event_id} check
 * (a repeated event is answered {@code ok} and not handed over again) and the sink. 413 over the
 * size limit, 400 for a body that is not a JSON object with a {@code type}; an envelope that is JSON
 * but cannot be read as an update is reported as skipped and answered {@code ok}, so VK does not
 * resend it forever.
 *
 * <p>The event is offered to the sink without waiting ({@link UpdateSink#offer}). When the sink
 * refuses it ({@link UpdateRefusedException}: handlers saturated or the bot stopping) the answer is
 * <b>503 with {@code Retry-After: 1}</b> and a body that is not {@code ok}: VK's Callback API
 * re-sends an event that was not answered {@code ok}, and VKSDK answers such refusals with an
 * error status and {@code Retry-After} too.
 * The event id is forgotten again, so the re-delivery is taken and not dropped as a duplicate. The
 * refusal is logged at debug only and not reported as a failed update (the bot runtime reports the
 * saturation episode once). Any other exception from the sink is reported and answered {@code ok},
 * so a poison event is not re-sent. Thread-safe.
 */
final class VkWebhook implements WebhookHandler {
    static final String OK = "ok";
    /** The {@code Retry-After} sent with a refused event; VK's own retry schedule decides in the end. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(VkWebhook.class);

    private final String confirmationCode;
    private final byte[] secret;
    private final OptionalLong groupId;
    private final UpdateSink sink;
    private final int maxBodyBytes;
    private final ListenerGroup listener;
    private final VkEventIds seen = new VkEventIds();

    VkWebhook(String confirmationCode, Optional<String> secret, OptionalLong groupId, UpdateSink sink,
               int maxBodyBytes, ListenerGroup listener) {
        checkNotNull(confirmationCode, "confirmationCode");
        checkArgument(!confirmationCode.isEmpty(), "confirmationCode must not be empty");
        checkNotNull(secret, "secret");
        secret.ifPresent(s -> checkArgument(!s.isEmpty(), "secret must not be empty when present"));
        checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive: %s", maxBodyBytes);
        this.confirmationCode = confirmationCode;
        this.secret = secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        this.groupId = checkNotNull(groupId, "groupId");
        this.sink = checkNotNull(sink, "sink");
        this.maxBodyBytes = maxBodyBytes;
        this.listener = checkNotNull(listener, "listener");
    }

    @Override
    public WebhookResponse handle(WebhookRequest request) {
        checkNotNull(request, "request");
        if (!request.method().equals("POST")) {
            return refuse(405, "only POST is accepted");
        }
        byte[] body = request.body();
        if (body.length > maxBodyBytes) {
            return refuse(413, "body larger than " + maxBodyBytes + " bytes");
        }
        Envelope envelope = Envelope.scan(body);
        if (envelope == null) {
            LOG.warn("VK Callback API body is not a JSON envelope with a type ({} bytes); refused with 400",
                    body.length);
            return refuse(400, "not a VK event envelope");
        }
        boolean confirmation = envelope.type().equals("confirmation");
        if (secret != null && (envelope.secret() != null || !confirmation) && !matches(envelope.secret())) {
            return refuse(403, "bad secret");
        }
        if (confirmation) {
            if (groupId.isPresent() && envelope.groupId() != groupId.getAsLong()) {
                return refuse(403, "confirmation for another group");
            }
            return WebhookResponse.ok(confirmationCode);
        }
        if (groupId.isPresent() && envelope.groupId() != groupId.getAsLong()) {
            return refuse(403, "event for another group");
        }
        if (envelope.eventId() != null && !seen.firstSeen(envelope.eventId())) {
            LOG.debug("VK event {} delivered again; answered ok without handing it over", envelope.eventId());
            return WebhookResponse.ok(OK);
        }
        Update update;
        try {
            update = VkUpdateReader.INSTANCE.read(body);
        } catch (UpdateParseException e) {
            LOG.warn("VK Callback API event {} of type {} skipped: {}", envelope.eventId(), envelope.type(),
                    e.getMessage());
            listener.updateSkipped(PlatformId.VK, new SkippedUpdate(0, Optional.ofNullable(envelope.eventId()), e));
            return WebhookResponse.ok(OK);
        }
        try {
            sink.offer(update);
        } catch (UpdateRefusedException e) {
            if (envelope.eventId() != null) {
                seen.forget(envelope.eventId());
            }
            LOG.debug("VK event {} not taken ({}); answered 503 so VK sends it again", envelope.eventId(), e.reason());
            return WebhookResponse.retryLater("event not taken: " + e.reason(), RETRY_AFTER);
        } catch (RuntimeException e) {
            LOG.error("VK update {} failed in the sink; answered ok", envelope.eventId(), e);
            listener.updateFailed(update, e);
        }
        return WebhookResponse.ok(OK);
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }

    private WebhookResponse refuse(int status, String reason) {
        LOG.warn("VK Callback API request refused with {}: {}", status, reason);
        listener.webhookRejected(PlatformId.VK, status, reason);
        return WebhookResponse.refuse(status, reason);
    }

    @Override
    public String toString() {
        return "VkWebhook[maxBodyBytes=" + maxBodyBytes + "]";
    }

    /**
     * The top-level envelope fields this handler decides on; the rest is read by the update reader.
     *
     * @param type the event type
     * @param groupId {@code group_id}, or 0 when absent
     * @param eventId {@code event_id}, or null
     * @param secret {@code secret}, or null
     */
    private record Envelope(String type, long groupId, String eventId, String secret) {
        /** The envelope's fields, or null when the body is not one JSON object with a string {@code type}. */
        static Envelope scan(byte[] body) {
            try (JsonParser p = VkPayload.JSON.createParser(body)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                String type = null;
                String eventId = null;
                String secret = null;
                long group = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING && name.equals("type")) {
                        type = p.getText();
                    } else if (value == JsonToken.VALUE_STRING && name.equals("event_id")) {
                        eventId = p.getText();
                    } else if (value == JsonToken.VALUE_STRING && name.equals("secret")) {
                        secret = p.getText();
                    } else if (value == JsonToken.VALUE_NUMBER_INT && name.equals("group_id")) {
                        group = p.getValueAsLong();
                    } else {
                        p.skipChildren();
                    }
                }
                return type != null && p.nextToken() == null ? new Envelope(type, group, eventId, secret) : null;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return "Envelope[type=" + type + ", groupId=" + groupId + ", eventId=" + eventId + "]";
        }
    }
}
