package dev.switchboard.core.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Hostile test clients: sockets that send the start of a request and then trickle one byte every
 * {@code tick}, never finishing. One scheduler thread drives them all; {@link #close} closes every
 * socket and the thread.
 */
final class SlowClients implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slow-clients");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens {@code count} connections to {@code address}, each sending {@code start}, then one byte per tick. */
    static SlowClients open(InetSocketAddress address, int count, String start, long tickMillis) throws IOException {
        SlowClients clients = new SlowClients();
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket();
                clients.sockets.add(socket);
                socket.connect(address, 2_000);
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
        } catch (IOException e) {
            clients.close();
            throw e;
        }
        clients.ticker.scheduleWithFixedDelay(clients::trickle, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        return clients;
    }

    /** The connections, in the order they were opened. */
    List<Socket> sockets() {
        return sockets;
    }

    private void trickle() {
        for (Socket socket : sockets) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException e) {
                // closed by the server: that is what deadlines do
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
