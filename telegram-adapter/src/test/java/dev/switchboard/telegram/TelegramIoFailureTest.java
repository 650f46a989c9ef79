package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.TokenLeakCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stand-in for JDK I/O errors, and the leak check itself. */
class TelegramIoFailureTest {
    private static final String URL = "https://api.telegram.org/bot" + TokenLeakCheck.TOKEN + "/sendMessage";

    @Test
    void keepsClassMessageAndStackTraceButNotTheToken() {
        ConnectException cause = new ConnectException("cannot reach " + URL.replace(":TEST", "%3ATEST"));
        IOException error = new IOException("POST " + URL + " failed", cause);

        TelegramIoFailure copy = TelegramIoFailure.of(error, TokenLeakCheck.TOKEN);

        assertThat(copy).hasToString("java.io.IOException: POST https://api.telegram.org/bot<redacted>/sendMessage"
                + " failed");
        assertThat(copy.getStackTrace()).isEqualTo(error.getStackTrace());
        assertThat(copy.getCause()).hasToString("java.net.ConnectException: cannot reach"
                + " https://api.telegram.org/bot<redacted>/sendMessage");
        assertThat(((TelegramIoFailure) copy.getCause()).originalClass()).isEqualTo("java.net.ConnectException");
        StringWriter trace = new StringWriter();
        copy.printStackTrace(new PrintWriter(trace));
        assertThat(TokenLeakCheck.leakIn(List.of(trace.toString()), "a stack trace")).isNull();
    }

    @Test
    void keepsAMissingMessageMissing() {
        TelegramIoFailure copy = TelegramIoFailure.of(new ConnectException(), TokenLeakCheck.TOKEN);

        assertThat(copy).hasToString("java.net.ConnectException");
        assertThat(copy.getCause()).isNull();
    }

    @Test
    void leakCheckFindsPlainAndUrlEncodedTokensAndFragmentsOfEightCharacters() {
        assertThat(TokenLeakCheck.leakIn(List.of("ok", URL), "x"))
                .isEqualTo("the bot token leaked into x: the whole secret");
        assertThat(TokenLeakCheck.leakIn(List.of("123456%3ATEST-TOKEN-must-not-leak"), "x")).isNotNull();
        assertThat(TokenLeakCheck.leakIn(List.of("123456:TEST-TOKEN"), "x"))
                .isEqualTo("the bot token leaked into x: characters 0..8 of the secret at index 7");
        assertThat(TokenLeakCheck.leakIn(List.of("TEST-TO\n  KEN-mu"), "x")).contains("broken by blanks");
        assertThat(TokenLeakCheck.leakIn(List.of("123456:TEST-TO"), "x")).isNull();
    }

    @Test
    void redactsAFragmentOfTheSecretInAMessage() {
        TelegramIoFailure copy = TelegramIoFailure.of(new ConnectException("connect to /bot123456:TEST-TOKEN-mu"),
                TokenLeakCheck.TOKEN);

        assertThat(copy).hasToString("java.net.ConnectException: connect to /bot123456:<redacted>");
    }
}
