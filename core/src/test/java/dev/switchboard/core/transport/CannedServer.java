package dev.switchboard.core.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server on an ephemeral port that reads each request's first bytes, writes {@code answer}
 * as it is, then either closes the connection or holds it open until closed (5 s at most): the
 * answers a well-behaved test server cannot give, such as a body that stops half way (WireMock's
 * dribbling delays the headers too). Shared with the adapters' tests through core's test jar.
 */
public final class CannedServer implements AutoCloseable {
    private static final long HOLD_SECONDS = 5;

    private final ServerSocket socket;
    private final byte[] answer;
    private final boolean hold;
    private final CountDownLatch closed = new CountDownLatch(1);

    private CannedServer(String answer, boolean hold) throws IOException {
        this.answer = answer.getBytes(StandardCharsets.US_ASCII);
        this.hold = hold;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "canned-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers {@code answer}, then holds the connection open. */
    public static CannedServer holding(String answer) throws IOException {
        return new CannedServer(answer, true);
    }

    /** Answers {@code answer}, then closes the connection. */
    public static CannedServer closing(String answer) throws IOException {
        return new CannedServer(answer, false);
    }

    /** {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread answering = new Thread(() -> answer(connection), "canned-connection");
                answering.setDaemon(true);
                answering.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            in.read(new byte[16_384]);
            OutputStream out = connection.getOutputStream();
            out.write(answer);
            out.flush();
            if (hold) {
                closed.await(HOLD_SECONDS, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            // the client gave up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A 200 whose {@code Content-Length} promises 100 bytes of JSON and whose body stops after a few. */
    public static String stalledJsonAnswer() {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"ok\"";
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
    }
}
