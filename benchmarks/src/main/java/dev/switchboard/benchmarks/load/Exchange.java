package dev.switchboard.benchmarks.load;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;

/**
 * One client connection of a closed loop: POSTs a body and returns the answer. A connection is used
 * by one thread only; {@link #close()} releases what it holds.
 */
interface Exchange extends AutoCloseable {
    /** POSTs {@code body} as {@code application/json} and waits for the whole answer. */
    Answer post(byte[] body) throws IOException;

    /** Closes the connection; never throws. */
    @Override
    void close();

    /**
     * A status and the body bytes. For the socket client the body array is a buffer the next
     * {@link Exchange#post} overwrites: compare it at once, do not keep it.
     *
     * @param status the HTTP status
     * @param body the bytes, of which the first {@code length} are the body
     * @param length how many bytes of {@code body} are the body
     */
    record Answer(int status, byte[] body, int length) {
        public Answer {
            requireNonNull(body, "body");
            if (length < 0 || length > body.length) {
                throw new IllegalArgumentException("length " + length + " outside a " + body.length + "-byte buffer");
            }
        }

        /** Whether the body is exactly {@code expected}. */
        boolean bodyEquals(byte[] expected) {
            return java.util.Arrays.equals(body, 0, length, expected, 0, expected.length);
        }
    }

    /** Which client makes the connections. */
    enum Client {
        /** A keep-alive HTTP/1.1 connection over a plain socket ({@link SocketExchange}). */
        RAW,
        /** The JDK {@link java.net.http.HttpClient}, HTTP/1.1 forced ({@link JdkExchange}). */
        JDK;

        /** A new connection of this client to {@code url}; {@code shared} is the JDK client all JDK exchanges share. */
        Exchange open(URI url, java.net.http.HttpClient shared) {
            return this == RAW ? new SocketExchange(url) : new JdkExchange(shared, url);
        }

        /** Parses {@code raw} or {@code jdk}. */
        static Client parse(String name) {
            return switch (name) {
                case "raw" -> RAW;
                case "jdk" -> JDK;
                default -> throw new IllegalArgumentException("client must be raw or jdk: " + name);
            };
        }
    }
}
