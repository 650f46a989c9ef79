package dev.switchboard.vk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.bot.UpdateNeeds;
import dev.switchboard.core.event.SkippedUpdate;
import dev.switchboard.core.event.Update;
import dev.switchboard.core.event.UpdateBatch;
import dev.switchboard.core.event.UpdateKind;
import dev.switchboard.core.event.UpdateParseException;
import dev.switchboard.core.spi.ListenerGroup;
import dev.switchboard.core.spi.SourceCheckpoint;
import dev.switchboard.core.spi.UpdateRefusedException;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.spi.UpdateSource;
import dev.switchboard.core.transport.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VK Bots Long Poll: {@code groups.getLongPollServer}, then
 * {@code {server}?act=a_check&key&ts&wait} in a loop. {@code failed} 1 takes the response's ts; 2
 * gets a new key and server and keeps the ts; 3 and unknown codes take a new key and ts. Codes 1 and 3
 * mean VK no longer has some events: each is reported as {@code updatesLost}. The ts moves on only
 * after a whole batch was taken, and is saved to the source's checkpoint (ts and server) after each
 * batch; a new source resumes from it. A sink that refuses an update ({@link UpdateRefusedException})
 * keeps the ts before the batch: on {@code STOPPING} polling ends, on {@code SATURATED} it pauses and
 * asks again. Repeated envelope {@code event_id}s are dropped.
 * Network failures, HTTP errors and unreadable responses back off and resume; a VK error other than
 * 6, 9 or 10 from {@code getLongPollServer} (5: the token is invalid) ends {@link #run} by throwing.
 * Runs once; {@link #stop()} is safe from any thread.
 */
final class VkLongPoll implements UpdateSource {
    static final int DEFAULT_WAIT = 25;
    static final int MAX_WAIT = 90;
    private static final Logger LOG = LoggerFactory.getLogger(VkLongPoll.class);
    /** HTTP timeout beyond {@code wait}, as VKSDK and vk_api allow. */
    private static final Duration SLACK = Duration.ofSeconds(10);
    /** Pause between failed polls when the retry policy has no backoff, so a dead server is not hammered. */
    private static final Duration MIN_PAUSE = Duration.ofSeconds(1);
    /** Pause before asking again for a batch the handlers had no room for. */
    private static final Duration SATURATED_PAUSE = Duration.ofMillis(100);

    private final VkClient client;
    private final long groupId;
    private final int wait;
    private final RetryPolicy retry;
    private final ListenerGroup listener;
    private final VkEventIds seen = new VkEventIds();
    private final VkStopSignal signal = new VkStopSignal();
    private final AtomicBoolean started = new AtomicBoolean();
    private final SourceCheckpoint checkpoint;

    VkLongPoll(VkClient client, long groupId, int wait, RetryPolicy retry, ListenerGroup listener,
               SourceCheckpoint checkpoint) {
        checkArgument(wait >= 1 && wait <= MAX_WAIT, "waitSeconds must be within 1..%s: %s", MAX_WAIT, wait);
        this.client = checkNotNull(client, "client");
        this.groupId = groupId;
        this.wait = wait;
        this.retry = checkNotNull(retry, "retry");
        this.listener = checkNotNull(listener, "listener");
        this.checkpoint = checkNotNull(checkpoint, "checkpoint");
    }

    @Override
    public PlatformId platform() {
        return PlatformId.VK;
    }

    @Override
    public void run(UpdateSink sink) {
        checkNotNull(sink, "sink");
        checkState(started.compareAndSet(false, true),
                "this VK long poll has already run; make another with VkPlatform.longPoll()");
        LOG.info("VK Bots Long Poll for group {} started", groupId);
        try {
            poll(sink);
        } catch (CancellationException stopped) {
            // stop() cancelled the request in flight
        }
        LOG.info("VK Bots Long Poll for group {} stopped", groupId);
    }

    @Override
    public void stop() {
        signal.stop();
    }

    private void poll(UpdateSink sink) {
        LongPollServer server = null;
        String ts = checkpoint.load().map(VkLongPoll::tsOf).orElse(null);
        boolean keepTs = ts != null;
        if (keepTs) {
            LOG.info("VK Bots Long Poll for group {} resumes at ts {}", groupId, ts);
        }
        int failures = 0;
        while (!signal.isStopped()) {
            if (server == null) {
                try {
                    LongPollServer fresh = server();
                    ts = keepTs && ts != null ? ts : fresh.ts();
                    server = fresh;
                    keepTs = false;
                } catch (VkApiException e) {
                    if (!VkClient.retried(e.errorCode())) {
                        throw e;
                    }
                    if (pause(++failures, "groups.getLongPollServer", e.getMessage())) {
                        return;
                    }
                    continue;
                } catch (TransportException e) {
                    if (Thread.currentThread().isInterrupted()
                            || pause(++failures, "groups.getLongPollServer", e.getMessage())) {
                        return;
                    }
                    continue;
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.get(server.check(ts, wait), Duration.ofSeconds(wait).plus(SLACK), signal);
            } catch (IOException e) {
                if (pause(++failures, "a_check", e.getMessage())) {
                    return;
                }
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            VkLongPollResponse read = null;
            String problem = "HTTP " + response.statusCode();
            if (response.statusCode() == 200) {
                try {
                    read = VkUpdateReader.INSTANCE.readLongPoll(response.body());
                } catch (UpdateParseException e) {
                    problem = "unreadable response: " + e.getMessage();
                }
            } else if (response.statusCode() < 500) {
                server = null;
                keepTs = true;
            }
            if (read == null) {
                if (pause(++failures, "a_check", problem)) {
                    return;
                }
                continue;
            }
            failures = 0;
            if (read.failed().isPresent()) {
                int failed = read.failed().getAsInt();
                LOG.info("VK Bots Long Poll answered failed {}", failed);
                if (failed != 2) {
                    lost(failed, ts, read.ts().orElse(null));
                }
                if (failed == 1 && read.ts().isPresent()) {
                    ts = read.ts().get();
                    checkpoint.save(position(ts, server));
                } else {
                    server = null;
                    keepTs = failed == 2;
                }
                continue;
            }
            Delivery delivery = deliver(read.batch(), sink);
            if (delivery == Delivery.STOPPED) {
                return;
            }
            if (delivery == Delivery.REFUSED) {
                if (pauseForRoom()) {
                    return;
                }
                continue;
            }
            ts = read.ts().orElse(ts);
            checkpoint.save(position(ts, server));
        }
    }

    /** Waits a little for the handlers to take work again; true when stopped (or interrupted) meanwhile. */
    private boolean pauseForRoom() {
        try {
            return signal.sleep(SATURATED_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Reports that VK no longer has the events after {@code ts} ({@code failed} 1 or 3). */
    private void lost(int failed, String ts, String newTs) {
        String reason = "VK Bots Long Poll answered failed " + failed + (failed == 1
                ? ": the event history no longer reaches ts " + ts + "; going on from ts " + newTs
                : ": the key and ts expired; events since ts " + ts + " may be lost");
        LOG.warn("{} (group {})", reason, groupId);
        listener.updatesLost(PlatformId.VK, reason);
    }

    /** The checkpoint text: the ts, a space, and the server it belongs to (never the key). */
    private static String position(String ts, LongPollServer server) {
        return ts + " " + server.server();
    }

    private static String tsOf(String position) {
        int space = position.indexOf(' ');
        String ts = space < 0 ? position : position.substring(0, space);
        return ts.isEmpty() ? null : ts;
    }

    /** How handing over a batch ended. */
    private enum Delivery { DONE, REFUSED, STOPPED }

    /** Hands the batch over in order, until stopped or until the sink refuses an update. */
    private Delivery deliver(UpdateBatch batch, UpdateSink sink) {
        for (SkippedUpdate skipped : batch.skipped()) {
            LOG.warn("VK update {} at position {} skipped: {}", skipped.updateId().orElse("?"), skipped.position(),
                    client.redact(skipped.error().getMessage()));
            listener.updateSkipped(PlatformId.VK, skipped);
        }
        for (Update update : batch.updates()) {
            if (signal.isStopped()) {
                return Delivery.STOPPED;
            }
            Optional<String> id = update.updateId();
            if (id.isPresent() && seen.seen(id.get())) {
                LOG.debug("VK event {} delivered again; dropped", id.get());
                continue;
            }
            try {
                sink.accept(update);
            } catch (UpdateRefusedException e) {
                LOG.debug("VK update {} not taken ({}); ts kept", id.orElse("?"), e.reason());
                if (e.reason() == UpdateRefusedException.Reason.STOPPING) {
                    signal.stop();
                    return Delivery.STOPPED;
                }
                return Delivery.REFUSED;
            } catch (RuntimeException e) {
                LOG.error("VK update {} failed in the sink; going on", id.orElse("?"), e);
                listener.updateFailed(update, e);
            }
            id.ifPresent(seen::firstSeen);
        }
        return Delivery.DONE;
    }

    /** Waits before the next try after {@code failures} failures in a row; true when stopped. */
    private boolean pause(int failures, String step, String reason) {
        Duration delay = retry.backoff(failures);
        if (delay.isZero()) {
            delay = MIN_PAUSE;
        }
        String redacted = client.redact(reason);
        listener.retrying(LOG, PlatformId.VK, step, failures, delay, redacted);
        try {
            return signal.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private LongPollServer server() {
        VkClient.Result result = client.call("groups.getLongPollServer", Map.of("group_id", Long.toString(groupId)),
                signal);
        if (result.response() instanceof Map<?, ?> fields && fields.get("key") instanceof String key
                && fields.get("server") instanceof String server
                && (fields.get("ts") instanceof String || fields.get("ts") instanceof Number)) {
            try {
                URI base = URI.create(server.contains("://") ? server : "https://" + server);
                return new LongPollServer(base, key, String.valueOf(fields.get("ts")));
            } catch (IllegalArgumentException e) {
                throw new TransportException(PlatformId.VK, "groups.getLongPollServer", result.attempts(),
                        "unusable server address", null);
            }
        }
        throw new TransportException(PlatformId.VK, "groups.getLongPollServer", result.attempts(),
                "unexpected response: no key, server and ts", null);
    }

    @Override
    public String toString() {
        return "VkLongPoll[groupId=" + groupId + ", wait=" + wait + "s, client=" + client + "]";
    }

    /** Where to poll: a Bots Long Poll server and its key (a secret: never logged). */
    private record LongPollServer(URI server, String key, String ts) {
        URI check(String at, int wait) {
            String base = server.toString();
            return URI.create(base + (base.contains("?") ? "&" : "?") + "act=a_check&key=" + encode(key)
                    + "&ts=" + encode(at) + "&wait=" + wait);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "LongPollServer[server=" + server + ", ts=" + ts + "]";
        }
    }

    /** The VK event types that {@code needs} requires, in a fixed order. */
    static List<String> eventTypes(UpdateNeeds needs) {
        boolean presses = needs.kinds().contains(UpdateKind.BUTTON_PRESS);
        boolean membership = needs.kinds().contains(UpdateKind.MEMBERSHIP);
        List<String> types = new ArrayList<>(6);
        if (presses || membership || needs.kinds().contains(UpdateKind.MESSAGE)) {
            types.add("message_new");
        }
        if (presses) {
            types.add("message_event");
        }
        if (membership) {
            types.addAll(List.of("message_allow", "message_deny", "group_join", "group_leave"));
        }
        return List.copyOf(types);
    }
}
