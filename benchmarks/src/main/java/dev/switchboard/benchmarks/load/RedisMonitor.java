package dev.switchboard.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redis's own view of the commands it runs: a connection in {@code MONITOR} mode, read on a thread
 * of its own, plus a second connection that writes markers ({@code ECHO <text>}) into that stream.
 * Redis runs one command at a time, so a marker falls exactly between the commands run before it and
 * those run after it, whichever connection sent them. Commands run inside Lua scripts are left out
 * (they cost no round trip), and so are this class's own connections.
 */
final class RedisMonitor implements AutoCloseable {
    /** Every {@code ECHO} argument this class writes starts with this. */
    static final String MARK = "sb-mark ";

    /** One command as MONITOR shows it; {@code marker} is the text of one of our markers, else empty. */
    record Command(String client, List<String> args, String marker) {
        boolean isMarker() {
            return !marker.isEmpty();
        }
    }

    private final Socket monitor;
    private final Socket marks;
    private final InputStream marksIn;
    private final List<Command> seen = new ArrayList<>();
    private final Thread reader;
    private long marksSent;

    private RedisMonitor(int port) throws IOException {
        monitor = new Socket(InetAddress.getLoopbackAddress(), port);
        marks = new Socket(InetAddress.getLoopbackAddress(), port);
        marks.setTcpNoDelay(true);
        marksIn = new BufferedInputStream(marks.getInputStream());
        OutputStream out = monitor.getOutputStream();
        out.write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = new BufferedInputStream(monitor.getInputStream());
        String ok = readLine(in);
        if (!"+OK".equals(ok)) {
            throw new IOException("MONITOR answered " + ok);
        }
        reader = new Thread(() -> read(in), "redis-monitor-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens both connections to the Redis on loopback {@code port}. */
    static RedisMonitor open(int port) {
        try {
            return new RedisMonitor(port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not monitor Redis on port " + port, e);
        }
    }

    /** Writes a marker and returns once Redis has run it (so it is in the stream before anything after this call). */
    synchronized void mark(String text) {
        try {
            byte[] arg = (MARK + text).getBytes(StandardCharsets.UTF_8);
            OutputStream out = marks.getOutputStream();
            out.write(("*2\r\n$4\r\nECHO\r\n$" + arg.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(arg);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            readLine(marksIn); // $<length>
            readLine(marksIn); // the text
            marksSent++;
        } catch (IOException e) {
            throw new UncheckedIOException("marker " + text, e);
        }
    }

    /** The commands seen so far, once every marker sent so far has arrived (waits up to 10 s). */
    List<Command> commands() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            synchronized (this) {
                synchronized (seen) {
                    if (seen.stream().filter(Command::isMarker).count() >= marksSent) {
                        return List.copyOf(seen);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("MONITOR did not show every marker within 10 s");
            }
            Thread.sleep(5);
        }
    }

    /** Forgets what was seen so far. */
    synchronized void clear() throws InterruptedException {
        commands();
        synchronized (seen) {
            seen.clear();
        }
        marksSent = 0;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
        marks.close();
    }

    private void read(InputStream in) {
        String markerClient = "127.0.0.1:" + marks.getLocalPort();
        try {
            for (String line = readLine(in); line != null; line = readLine(in)) {
                Command command = parse(line);
                if (command == null || command.client().equals("lua")) {
                    continue;
                }
                if (command.client().equals(markerClient)) {
                    String text = command.args().size() == 2 ? command.args().get(1) : "";
                    if (!text.startsWith(MARK)) {
                        continue;
                    }
                    command = new Command(command.client(), command.args(), text.substring(MARK.length()));
                }
                synchronized (seen) {
                    seen.add(command);
                }
            }
        } catch (IOException closed) {
            // the run is over
        }
    }

    /** {@code +1700000000.123456 [0 127.0.0.1:5000] "SET" "k" "v"} into client and arguments; null if not a command line. */
    static Command parse(String line) {
        int open = line.indexOf('[');
        int close = line.indexOf(']', open);
        if (!line.startsWith("+") || open < 0 || close < 0) {
            return null;
        }
        String[] where = line.substring(open + 1, close).split(" ", 2);
        String client = where.length == 2 ? where[1] : where[0];
        List<String> args = new ArrayList<>();
        StringBuilder arg = null;
        for (int i = close + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (arg == null) {
                if (c == '"') {
                    arg = new StringBuilder();
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                if (next == 'x' && i + 2 < line.length()) {
                    arg.append((char) Integer.parseInt(line.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    arg.append(switch (next) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> next;
                    });
                }
            } else if (c == '"') {
                args.add(arg.toString());
                arg = null;
            } else {
                arg.append(c);
            }
        }
        return new Command(client, List.copyOf(args), "");
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }
}
