package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final String TOKEN = "123456:AAH-secret/part+x";
    /** A BotFather-shaped token: bot id, colon, 35 characters of secret. */
    private static final String BOT_TOKEN = "7312245890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ";
    private static final String BOT_SECRET = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ";
    private static final String VK_TOKEN = "vk1.a.Qw3rTy8uIoP4aSdFgHjKlZx9cVbNm1Qw2e3R4t5Y6u7I8o9P";

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
        assertThat(Redaction.redact("", TOKEN)).isEmpty();
    }

    @Test
    void masksTheSecretPartOfATelegramTokenOnItsOwn() {
        assertThat(Redaction.redact("{\"description\":\"Unauthorized: " + BOT_SECRET + "\"}", BOT_TOKEN))
                .isEqualTo("{\"description\":\"Unauthorized: <redacted>\"}");
    }

    @Test
    void masksTheRestOfATokenWhereAPageIsCutMidToken() {
        String cut = "<html><body>502 Bad Gateway for /bot" + BOT_TOKEN.substring(0, 24);

        assertThat(Redaction.redact(cut, BOT_TOKEN))
                .isEqualTo("<html><body>502 Bad Gateway for /bot7312245890:<redacted>");
    }

    @Test
    void masksEveryFragmentOfEightOrMoreCharactersOfTheSecret() {
        String text = "a " + BOT_SECRET.substring(3, 11) + " b " + BOT_SECRET.substring(20) + " c";

        assertThat(Redaction.redact(text, BOT_TOKEN)).isEqualTo("a <redacted> b <redacted> c");
    }

    @Test
    void masksATokenBrokenAcrossLines() {
        String text = "GET /bot7312245890:AAHdq\r\n  TcvCH1vGWJxfSeofSAs0K\n5PALDsawQ/getMe";

        assertThat(Redaction.redact(text, BOT_TOKEN)).isEqualTo("GET /bot7312245890:<redacted>/getMe");
    }

    @Test
    void leavesTheBotIdAndFragmentsShorterThanEightCharacters() {
        String text = "bot 7312245890 said AAHdqTc and sawQ";

        assertThat(Redaction.redact(text, BOT_TOKEN)).isEqualTo(text);
    }

    @Test
    void masksTenCharactersOfAVkTokenEchoedInAnError() {
        String message = "One of the parameters specified was missing or invalid: access_token "
                + VK_TOKEN.substring(12, 22) + "… is malformed";

        assertThat(Redaction.redact(message, VK_TOKEN))
                .isEqualTo("One of the parameters specified was missing or invalid: access_token <redacted>… is malformed");
    }

    @Test
    void masksUrlEncodedFragmentsOfASecretWithReservedCharacters() {
        String secret = "tok/with+reserved=chars&more";
        String form = "access_token=" + "tok%2Fwith%2Breserved%3Dch";

        assertThat(Redaction.redact(form, secret)).isEqualTo("access_token=<redacted>");
    }

    @Test
    void redactsAMegabyteOfTextWithManySecretCharactersQuickly() {
        String page = "AAHdqTc-x ".repeat(100_000) + BOT_SECRET;

        long start = System.nanoTime();
        String redacted = Redaction.redact(page, BOT_TOKEN);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(redacted).endsWith(" <redacted>");
        // About 10 ms on a laptop; the bound only catches a quadratic regression on a loaded machine.
        assertThat(millis).isLessThan(2_000);
    }

    @Property(tries = 300, seed = "20261202")
    void noFragmentOfEightCharactersSurvivesWhereverItIsEchoed(@ForAll("secrets") String secret,
            @ForAll @IntRange(min = 0, max = 27) int from, @ForAll @IntRange(min = 8, max = 35) int length,
            @ForAll @StringLength(max = 40) String before, @ForAll @StringLength(max = 40) String after) {
        String token = "7312245890:" + secret;
        String fragment = secret.substring(from, Math.min(secret.length(), from + length));

        String redacted = Redaction.redact(before + fragment + after, token);

        for (int i = 0; i + Redaction.MIN_FRAGMENT <= secret.length(); i++) {
            assertThat(redacted).doesNotContain(secret.substring(i, i + Redaction.MIN_FRAGMENT));
        }
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('_', '-').ofLength(35);
    }
}
