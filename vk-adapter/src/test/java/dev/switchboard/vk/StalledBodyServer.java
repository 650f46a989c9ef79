package dev.switchboard.vk;

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
 * A loopback server on an ephemeral port that answers every request with its headers at once
 * (status 200, {@code Content-Length: 100}) and the first bytes of its body, then stalls until
 * closed (5 s at most): WireMock's dribbling delays the headers too, so it cannot show a body that
 * stops half way.
 */
final class StalledBodyServer implements AutoCloseable {
    private static final byte[] HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100\r\n\r\n{\"response\"").getBytes(StandardCharsets.US_ASCII);

    /** How long a connection stalls at most, so that a client without a body deadline fails instead of hanging. */
    private static final long STALL_SECONDS = 5;

    private final ServerSocket socket;
    private final CountDownLatch closed = new CountDownLatch(1);

    StalledBodyServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "stalled-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The API base URL ({@code .../method/}) to give the platform. */
    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/method/");
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread stall = new Thread(() -> stall(connection), "stalled-body-connection");
                stall.setDaemon(true);
                stall.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void stall(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            byte[] request = new byte[16_384];
            in.read(request);
            OutputStream out = connection.getOutputStream();
            out.write(HEAD);
            out.flush();
            closed.await(STALL_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the client gave up: what the test expects
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
    }
}
