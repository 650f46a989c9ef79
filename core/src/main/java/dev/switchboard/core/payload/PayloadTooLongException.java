package dev.switchboard.core.payload;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.validate.PayloadUnit;

/**
 * A payload is longer than a platform accepts (Telegram: 64 UTF-8 bytes of {@code callback_data};
 * VK: 255 characters of payload JSON; see {@code docs/validation.md}), measured the way that platform
 * measures it. Thrown by {@link CallbackData#pack} on a codec {@linkplain CallbackData#limitedTo
 * limited} to the platform, instead of producing a button the platform would refuse. The message
 * names the platform, the size, the limit and the start of the payload, for example
 * {@code Telegram payload is 65 bytes, over the limit of 64: "item:…"}.
 */
public final class PayloadTooLongException extends SwitchboardException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_CHARS = 40;

    /** See {@link #platform()}. */
    private final PlatformId platform;
    /** See {@link #payload()}. */
    private final String payload;
    /** See {@link #size()}. */
    private final int size;
    /** See {@link #limit()}. */
    private final int limit;
    /** See {@link #unit()}. */
    private final PayloadUnit unit;

    /**
     * @param platform whose limit is exceeded
     * @param payload the payload as the caller would send it (before the platform's encoding)
     * @param size its size as the platform measures it
     * @param limit the platform's largest size
     * @param unit what {@code size} and {@code limit} count
     */
    public PayloadTooLongException(PlatformId platform, String payload, int size, int limit, PayloadUnit unit) {
        super(describe(platform, payload, size, limit, unit));
        this.platform = platform;
        this.payload = payload;
        this.size = size;
        this.limit = limit;
        this.unit = unit;
    }

    /** The platform whose limit is exceeded. */
    public PlatformId platform() {
        return platform;
    }

    /** The whole payload, before the platform's encoding. */
    public String payload() {
        return payload;
    }

    /** The payload's size as the platform measures it, in {@link #unit()}. */
    public int size() {
        return size;
    }

    /** The platform's largest payload size, in {@link #unit()}. */
    public int limit() {
        return limit;
    }

    /** What {@link #size()} and {@link #limit()} count. */
    public PayloadUnit unit() {
        return unit;
    }

    private static String describe(PlatformId platform, String payload, int size, int limit, PayloadUnit unit) {
        checkNotNull(platform, "platform");
        checkNotNull(payload, "payload");
        checkNotNull(unit, "unit");
        String shown = payload.length() <= SHOWN_CHARS ? payload
                : payload.substring(0, Character.isHighSurrogate(payload.charAt(SHOWN_CHARS - 1))
                        ? SHOWN_CHARS - 1 : SHOWN_CHARS) + "…";
        return platform.displayName() + " payload is " + size + " " + unit.word() + ", over the limit of " + limit
                + ": \"" + shown + "\"";
    }
}
