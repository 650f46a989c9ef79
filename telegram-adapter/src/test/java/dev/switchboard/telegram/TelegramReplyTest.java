package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.SecretFragments;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TelegramReplyTest {
    private static final String TOKEN = TokenLeakCheck.TOKEN;
    /** 80 characters of page, then the URL with the token, so a 100-character quote ends inside the token. */
    private static final String PAGE = "<html><body><h1>502 Bad Gateway</h1><p>upstream timed out for POST "
            + "https://x/bot" + TOKEN + "/getUpdates</p></body></html>";

    @Test
    void quoteOfAPageCutMidTokenIsRedactedBeforeItIsCut() {
        TelegramReply response = TelegramReply.read(502, PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(response.description(TOKEN)).isEqualTo("HTTP 502 with a non-JSON body: <html><body><h1>502 Bad "
                + "Gateway</h1><p>upstream timed out for POST https://x/bot<redacted>/…");
        assertThat(SecretFragments.leak(response.summary(TOKEN), TOKEN)).isEmpty();
    }

    @Test
    void quoteWithoutTheSecretEndsBeforeTheWordItWouldCut() {
        TelegramReply response = TelegramReply.read(502, PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(response.description()).isEqualTo("HTTP 502 with a non-JSON body: <html><body><h1>502 Bad "
                + "Gateway</h1><p>upstream timed out for POST https://x/…");
        assertThat(SecretFragments.leak(response.description(), TOKEN)).isEmpty();
    }

    @Test
    void descriptionOfAnEnvelopeIsRedacted() {
        String body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized: TEST-TOKEN-must-not\"}";
        TelegramReply response = TelegramReply.read(401, body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.summary(TOKEN)).isEqualTo("HTTP 401: Unauthorized: <redacted>");
    }
}
