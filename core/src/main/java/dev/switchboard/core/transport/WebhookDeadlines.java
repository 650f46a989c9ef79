package dev.switchboard.core.transport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;

/**
 * The header and body read deadlines of the {@link WebhookServer}, which Jetty's idle timeout alone
 * does not give (a client that trickles a byte a second is never idle). One sweeper thread looks
 * at every open connection a few times per deadline: a request whose headers have been arriving for
 * longer than the header deadline, or whose body has not arrived within the body deadline after
 * its headers, has its connection closed. Thread-safe.
 */
final class WebhookDeadlines implements Connection.Listener, AutoCloseable {
    private final long headerNanos;
    private final long bodyNanos;
    private final Map<Connection, Track> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "switchboard-webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    WebhookDeadlines(Duration headers, Duration body) {
        this.headerNanos = headers.toNanos();
        this.bodyNanos = body.toNanos();
        long tick = Math.max(10, Math.min(250, Math.min(headers.toMillis(), body.toMillis()) / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        open.put(connection, new Track(connection.getBytesIn()));
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    /** The headers of a request on {@code connection} are in; its body deadline starts. */
    void headersRead(Connection connection) {
        Track track = open.get(connection);
        if (track != null) {
            track.bodySince = System.nanoTime();
        }
    }

    /** The body is in; the handler runs without a read deadline. */
    void bodyRead(Connection connection) {
        Track track = open.get(connection);
        if (track != null) {
            track.bodySince = Track.NONE;
            track.handling = true;
        }
    }

    /** The exchange is over; the header deadline of the next request starts at its first byte. */
    void exchangeDone(Connection connection) {
        Track track = open.get(connection);
        if (track != null) {
            track.awaitNext(connection.getBytesIn());
        }
    }

    /** How many connections are open now. */
    int openConnections() {
        return open.size();
    }

    /** Closes the connections between exchanges (keep-alive, nothing received yet), so a stop need not wait for them. */
    void closeIdle() {
        open.forEach((connection, track) -> {
            if (track.idle(connection.getBytesIn())) {
                open.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    private void sweep() {
        long now = System.nanoTime();
        open.forEach((connection, track) -> {
            if (track.overdue(connection.getBytesIn(), now, headerNanos, bodyNanos)) {
                open.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    /** What one connection is doing; written by request threads, read by the sweeper. */
    private static final class Track {
        static final long NONE = Long.MIN_VALUE;
        volatile long bytesMark;
        volatile long headersSince = NONE;
        volatile long bodySince = NONE;
        volatile boolean handling;

        Track(long bytesIn) {
            this.bytesMark = bytesIn;
        }

        void awaitNext(long bytesIn) {
            handling = false;
            bodySince = NONE;
            headersSince = NONE;
            bytesMark = bytesIn;
        }

        boolean idle(long bytesIn) {
            return bodySince == NONE && !handling && bytesIn == bytesMark;
        }

        boolean overdue(long bytesIn, long now, long headerNanos, long bodyNanos) {
            long body = bodySince;
            if (body != NONE) {
                return now - body > bodyNanos;
            }
            if (handling) {
                return false;
            }
            if (headersSince == NONE) {
                if (bytesIn > bytesMark) {
                    headersSince = now;
                }
                return false;
            }
            return now - headersSince > headerNanos;
        }
    }
}
