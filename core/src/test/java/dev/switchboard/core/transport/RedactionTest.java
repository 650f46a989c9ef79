package dev.switchboard.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final String TOKEN = "123456:AAH-secret/part+x";

    @Test
    void replacesEveryPlainOccurrence() {
        String url = "https://api.telegram.org/bot" + TOKEN + "/sendMessage and again " + TOKEN;

        assertThat(Redaction.redact(url, TOKEN))
                .isEqualTo("https://api.telegram.org/bot<redacted>/sendMessage and again <redacted>")
                .doesNotContain(TOKEN);
    }

    @Test
    void replacesTheUrlEncodedFormToo() {
        String form = "peer_id=1&access_token=123456%3AAAH-secret%2Fpart%2Bx&v=5.199";

        assertThat(Redaction.redact(form, TOKEN)).isEqualTo("peer_id=1&access_token=<redacted>&v=5.199");
    }

    @Test
    void leavesTextWithoutTheSecretAndHandlesNullAndEmpty() {
        assertThat(Redaction.redact("nothing here", TOKEN)).isEqualTo("nothing here");
        assertThat(Redaction.redact(null, TOKEN)).isNull();
        assertThat(Redaction.redact("abc", "")).isEqualTo("abc");
    }
}
