package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LocalRedis runs a real redis-server on loopback, answers PING, and is gone when closed. */
class LocalRedisTest {
    @TempDir
    Path directory;

    @Test
    void startsARealRedisServerThatAnswersPingOnLoopback() throws IOException {
        try (LocalRedis redis = LocalRedis.start()) {
            assertThat(redis.isRunning()).isTrue();
            assertThat(redis.uri()).isEqualTo("redis://127.0.0.1:" + redis.port());
            assertThat(send(redis.port(), "PING\r\n")).isEqualTo("+PONG\r\n");
            assertThat(send(redis.port(), "CONFIG GET save\r\n")).isEqualTo("*2\r\n$4\r\nsave\r\n$0\r\n\r\n");
        }
    }

    @Test
    void closingKillsTheServerAndFreesItsPort() throws IOException {
        LocalRedis redis = LocalRedis.start();
        int port = redis.port();

        redis.close();
        redis.close();

        assertThat(redis.isRunning()).isFalse();
        assertThatThrownBy(() -> send(port, "PING\r\n")).isInstanceOf(IOException.class);
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aKilledServerStopsAnsweringAndARestartAnswersOnTheSamePortEmpty() throws IOException {
        try (LocalRedis redis = LocalRedis.start()) {
            assertThat(send(redis.port(), "SET k v\r\n")).isEqualTo("+OK\r\n");

            redis.kill();
            assertThat(redis.isRunning()).isFalse();
            assertThatThrownBy(() -> send(redis.port(), "PING\r\n")).isInstanceOf(IOException.class);

            redis.restart();
            assertThat(send(redis.port(), "PING\r\n")).isEqualTo("+PONG\r\n");
            assertThat(send(redis.port(), "EXISTS k\r\n")).isEqualTo(":0\r\n");
        }
    }

    @Test
    void aBinaryThatDoesNotComeUpFailsNamingItselfAndItsLastOutput() throws IOException {
        Path broken = Files.writeString(directory.resolve("redis-server-broken"),
                "#!/bin/sh\necho \"FATAL: cannot open config\"\nexit 3\n");
        assertThat(broken.toFile().setExecutable(true)).isTrue();

        assertThatThrownBy(() -> LocalRedis.start(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("exited with status 3")
                .hasMessageContaining("FATAL: cannot open config");
    }

    @Test
    void triesThreeFreePortsWhenEachIsTakenBeforeTheServerBindsIt() throws IOException {
        Path runs = directory.resolve("runs");
        Path portTaken = Files.writeString(directory.resolve("redis-server-port-taken"), "#!/bin/sh\n"
                + "echo \"$2\" >> '" + runs + "'\n"
                + "echo \"Could not create server TCP listening socket 127.0.0.1:$2: bind: Address already in use\"\n"
                + "exit 1\n");
        assertThat(portTaken.toFile().setExecutable(true)).isTrue();

        assertThatThrownBy(() -> LocalRedis.start(portTaken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Address already in use");
        assertThat(Files.readAllLines(runs)).hasSize(3);
    }

    /** Sends one inline command over a raw socket and returns the whole first reply it can read. */
    private static String send(int port, String command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write(command.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
