package dev.switchboard.core.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PayloadSignerTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final PayloadSigner SIGNER = PayloadSigner.hmacSha256(KEY);

    @Test
    void signedPayloadIsThePayloadABarAndAnEightCharacterTag() {
        String signed = SIGNER.sign("vote:7:y");

        assertThat(signed).matches("vote:7:y\\|[A-Za-z0-9_-]{8}");
        assertThat(signed).isEqualTo(SIGNER.sign("vote:7:y"));
        assertThat(SIGNER.tagLength()).isEqualTo(8);
        assertThat(SIGNER.signedLength("vote:7:y")).isEqualTo(signed.length()).isEqualTo(17);
    }

    @Test
    void tagIsTheStartOfTheBase64UrlHmacSha256() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String full = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("привет".getBytes(StandardCharsets.UTF_8)));

        assertThat(SIGNER.sign("привет")).isEqualTo("привет|" + full.substring(0, 8));
        assertThat(SIGNER.withTagLength(43).sign("привет")).isEqualTo("привет|" + full);
    }

    @Test
    void verifyReturnsThePayloadOfEverySignedPayload() {
        List<String> payloads = List.of("", "vote:7:y", "a|b", "|", "ends with bar|", "x|AbCdEfGh", "~s:abcdefghijkl",
                "n:я\\:🎉", "vote:7:y|" + "Q".repeat(8));

        assertThat(payloads).allSatisfy(p -> assertThat(SIGNER.verify(SIGNER.sign(p))).as(p).contains(p));
    }

    @Test
    void tamperedPayloadOrTagIsRejected() {
        String signed = SIGNER.sign("vote:7:y");
        String tag = signed.substring(signed.length() - 8);
        char last = tag.charAt(7);

        assertThat(SIGNER.verify("vote:8:y|" + tag)).isEmpty();
        assertThat(SIGNER.verify("vote:7:n|" + tag)).isEmpty();
        assertThat(SIGNER.verify("vote:7:y|" + tag.substring(0, 7) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(SIGNER.verify("vote:7:y")).isEmpty();
        assertThat(SIGNER.verify("vote:7:y|" + tag.substring(1))).isEmpty();
        assertThat(SIGNER.verify(signed + "x")).isEmpty();
        assertThat(SIGNER.verify("vote:7:y~" + tag)).isEmpty();
        assertThat(SIGNER.verify("vote:7:y|" + tag.substring(0, 7) + "я")).isEmpty();
        assertThat(SIGNER.verify("")).isEmpty();
        assertThat(SIGNER.verify("|")).isEmpty();
    }

    @Test
    void anotherKeyRejectsTheTag() {
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;

        assertThat(PayloadSigner.hmacSha256(otherKey).verify(SIGNER.sign("vote:7:y"))).isEmpty();
        assertThat(PayloadSigner.hmacSha256(KEY.clone()).verify(SIGNER.sign("vote:7:y"))).contains("vote:7:y");
    }

    @Test
    void keyIsCopiedSoLaterChangesToTheArrayDoNotMatter() {
        byte[] key = KEY.clone();
        PayloadSigner signer = PayloadSigner.hmacSha256(key);
        String before = signer.sign("p");

        key[0] ^= 1;

        assertThat(signer.sign("p")).isEqualTo(before);
    }

    @Test
    void tagLengthCanBeChosenFromSixTo43Characters() {
        PayloadSigner six = SIGNER.withTagLength(6);
        PayloadSigner longest = SIGNER.withTagLength(43);

        assertThat(six.sign("p")).hasSize(8);
        assertThat(longest.sign("p")).hasSize(45);
        assertThat(six.verify(six.sign("p"))).contains("p");
        assertThat(longest.verify(longest.sign("p"))).contains("p");
        assertThat(six.signedLength("p")).isEqualTo(8);
        assertThat(SIGNER.sign("p")).startsWith(six.sign("p"));
        assertThat(SIGNER.verify(six.sign("p"))).isEmpty();
        assertThat(six.verify(SIGNER.sign("p"))).isEmpty();

        assertThatThrownBy(() -> SIGNER.withTagLength(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag length must be 6 to 43: 5");
        assertThatThrownBy(() -> SIGNER.withTagLength(44)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag length must be 6 to 43: 44");
    }

    @Test
    void refusesKeysShorterThan16Bytes() {
        assertThatThrownBy(() -> PayloadSigner.hmacSha256(new byte[15])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be at least 16 bytes: 15");
        assertThatThrownBy(() -> PayloadSigner.hmacSha256(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
        assertThat(PayloadSigner.hmacSha256(new byte[16]).tagLength()).isEqualTo(8);
    }

    @Test
    void signsTheSameOnManyThreadsAtOnce() {
        List<String> expected = IntStream.range(0, 200).mapToObj(i -> SIGNER.sign("item:" + i)).toList();

        List<String> parallel = IntStream.range(0, 200).parallel().mapToObj(i -> SIGNER.sign("item:" + i)).toList();

        assertThat(parallel).isEqualTo(expected);
        assertThat(parallel.parallelStream().map(SIGNER::verify).map(Optional::orElseThrow).toList())
                .isEqualTo(IntStream.range(0, 200).mapToObj(i -> "item:" + i).toList());
    }

    @Test
    void toStringDoesNotShowTheKey() {
        assertThat(SIGNER).hasToString("PayloadSigner[HmacSHA256, 8-character tags]");
        assertThat(SIGNER.toString()).doesNotContain("0123456789abcdef");
    }
}
