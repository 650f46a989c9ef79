package dev.switchboard.core.payload;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs payloads so a modified client cannot forge them. {@code sign(p)} is {@code p + "|" + tag},
 * where the tag is the first {@link #tagLength()} characters (default 8, that is 48 bits) of the
 * URL-safe Base64 ({@code A–Z a–z 0–9 - _}, no padding) of HMAC-SHA256 over {@code p}'s UTF-8 bytes.
 * For example {@code vote:7:y} is sent as {@code vote:7:y|Jx3k_0aZ}.
 *
 * <p>{@link #verify} finds the tag by its fixed length at the end, not by searching for the
 * separator, so payloads may themselves contain {@code |} (an unescaped {@code |} can occur in
 * a {@link CallbackData} string value). {@code |} was chosen because it is not {@code :}, so a
 * signed payload is never read as a {@code CallbackData} with one more field, and it is one ASCII
 * character that needs no escaping in VK's payload JSON. Signing adds {@code 1 + tagLength()}
 * ASCII characters, which is as many UTF-8 bytes; {@link #signedLength} gives the length.
 * Verify a press's payload before unpacking it: {@code CallbackData} does not strip tags.
 *
 * <p>With a 48-bit tag a forger needs about 2<sup>47</sup> presses for an even chance of one
 * success, each press a request the platform rate-limits; use {@link #withTagLength} for more.
 * Tags are compared in constant time. Immutable and thread-safe; {@link #toString()} never shows
 * the key.
 */
public final class PayloadSigner {
    /** Separates the payload from its tag. */
    public static final char SEPARATOR = '|';
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 16;
    private static final int DEFAULT_TAG_LENGTH = 8;
    private static final int MIN_TAG_LENGTH = 6;
    /** All of the 256-bit MAC in Base64 without padding. */
    private static final int MAX_TAG_LENGTH = 43;

    private final SecretKeySpec key;
    private final int tagLength;

    private PayloadSigner(SecretKeySpec key, int tagLength) {
        this.key = key;
        this.tagLength = tagLength;
    }

    /**
     * A signer with HMAC-SHA256 under {@code key} and 8-character tags. The key is copied; keep it
     * secret and the same across restarts and bot instances, or payloads sent before stop verifying.
     *
     * @param key at least 16 bytes, for example 32 bytes from {@link java.security.SecureRandom}
     */
    public static PayloadSigner hmacSha256(byte[] key) {
        checkNotNull(key, "key");
        checkArgument(key.length >= MIN_KEY_BYTES, "key must be at least %s bytes: %s", MIN_KEY_BYTES, key.length);
        return new PayloadSigner(new SecretKeySpec(key, ALGORITHM), DEFAULT_TAG_LENGTH);
    }

    /** This signer with tags of {@code chars} characters, 6 (36 bits) to 43 (the whole MAC). */
    public PayloadSigner withTagLength(int chars) {
        checkArgument(chars >= MIN_TAG_LENGTH && chars <= MAX_TAG_LENGTH, "tag length must be %s to %s: %s",
                MIN_TAG_LENGTH, MAX_TAG_LENGTH, chars);
        return new PayloadSigner(key, chars);
    }

    /** Characters in each tag. */
    public int tagLength() {
        return tagLength;
    }

    /** {@code payload}, the separator and its tag. */
    public String sign(String payload) {
        checkNotNull(payload, "payload");
        return payload + SEPARATOR + tag(payload);
    }

    /**
     * The payload inside {@code signed} when its tag is this signer's tag for it; empty when the
     * tag is missing, has another length, or does not match (tampered payload or tag, other key).
     */
    public Optional<String> verify(String signed) {
        checkNotNull(signed, "signed");
        int separator = signed.length() - tagLength - 1;
        if (separator < 0 || signed.charAt(separator) != SEPARATOR) {
            return Optional.empty();
        }
        String payload = signed.substring(0, separator);
        byte[] expected = tag(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signed.substring(separator + 1).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual) ? Optional.of(payload) : Optional.empty();
    }

    /** The length of {@code sign(payload)} in characters, {@code payload.length() + 1 + tagLength()}. */
    public int signedLength(String payload) {
        return checkNotNull(payload, "payload").length() + 1 + tagLength;
    }

    private String tag(String payload) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance(ALGORITHM); // one per call: Mac is not thread-safe
            hmac.init(key);
            mac = hmac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide " + ALGORITHM, e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, tagLength);
    }

    @Override
    public String toString() {
        return "PayloadSigner[" + ALGORITHM + ", " + tagLength + "-character tags]";
    }
}
