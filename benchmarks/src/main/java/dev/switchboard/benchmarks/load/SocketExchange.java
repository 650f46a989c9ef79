package dev.switchboard.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal keep-alive HTTP/1.1 client over one plain socket: the request head and body go out in
 * one write with {@code Content-Length}; the answer is read through one reusable buffer, its body
 * framed by {@code Content-Length} or {@code chunked}. It does next to nothing per request, so the
 * server, not the client, is what a load run measures. After the server closed the connection
 * ({@code Connection: close}) the next request opens a new one; a failed exchange closes it too.
 */
final class SocketExchange implements Exchange {
    private static final int TIMEOUT_MILLIS = 10_000;

    private final URI url;
    private final byte[] head;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private byte[] body = new byte[16 * 1024];
    private byte[] lastRequest;
    private byte[] lastMessage;

    SocketExchange(URI url) {
        this(url, "");
    }

    /** A connection whose requests also carry {@code headers}: complete lines, each ending with CRLF. */
    SocketExchange(URI url, String headers) {
        this(url, headers, "application/json");
    }

    /** A connection whose request bodies are of {@code contentType} and that also carry {@code headers}. */
    SocketExchange(URI url, String headers, String contentType) {
        this.url = url;
        String target = url.getRawQuery() == null ? url.getRawPath() : url.getRawPath() + "?" + url.getRawQuery();
        this.head = ("POST " + target + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: " + contentType + "\r\n" + headers + "Content-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public Answer post(byte[] request) throws IOException {
        try {
            if (socket == null) {
                socket = new Socket(url.getHost(), url.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                out = socket.getOutputStream();
                in = socket.getInputStream();
                position = 0;
                limit = 0;
            }
            out.write(message(request));
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException("unreadable answer: " + e.getMessage(), e);
        }
    }

    /** Head and body as one array; a closed loop posts the same body again and again, so the last one is kept. */
    private byte[] message(byte[] request) {
        if (request != lastRequest) {
            byte[] length = (request.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] message = Arrays.copyOf(head, head.length + length.length + request.length);
            System.arraycopy(length, 0, message, head.length, length.length);
            System.arraycopy(request, 0, message, head.length + length.length, request.length);
            lastRequest = request;
            lastMessage = message;
        }
        return lastMessage;
    }

    private Answer read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header; !(header = line()).isEmpty(); ) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IOException("not a header: " + header);
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        int length;
        if (chunked) {
            length = readChunked();
        } else if (contentLength >= 0) {
            length = readExactly((int) contentLength, 0);
        } else {
            throw new IOException("an answer with neither Content-Length nor chunked body on a keep-alive connection");
        }
        Answer answer = new Answer(code, body, length);
        if (closing) {
            close();
        }
        return answer;
    }

    /** Reads chunks into {@link #body}; returns the body's length. */
    private int readChunked() throws IOException {
        int length = 0;
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (chunk == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return length;
            }
            length = readExactly(chunk, length);
            if (!line().isEmpty()) {
                throw new IOException("a chunk not followed by CRLF");
            }
        }
    }

    /** Appends {@code count} bytes to {@link #body} at {@code offset}; returns the new length. */
    private int readExactly(int count, int offset) throws IOException {
        if (offset + count > body.length) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, offset + count));
        }
        int done = 0;
        while (done < count) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(count - done, limit - position);
            System.arraycopy(buffer, position, body, offset + done, n);
            position += n;
            done += n;
        }
        return offset + count;
    }

    /** One header line without its CRLF, as Latin-1. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit) {
                fill();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) (b & 0xff));
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new IOException("the server closed the connection");
        }
        position = 0;
        limit = n;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
