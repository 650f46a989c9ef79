package dev.switchboard.core.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.keyboard.ButtonKind;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How a platform sends and limits button payloads. The size is measured on
 * {@code encoding.apply(payload)} in {@code unit}, so a platform that wraps the payload
 * (VK sends {@code {"p":payload}}) is measured after wrapping, with the same function its
 * writer uses.
 *
 * @param minSize smallest size allowed ({@code PAYLOAD_EMPTY} below it; 0 for none)
 * @param maxSize largest size allowed ({@code PAYLOAD_TOO_LONG} above it)
 * @param unit what is counted
 * @param encoding what the platform receives for a payload string
 * @param sentBy the button kinds whose payload reaches the platform
 */
public record PayloadRule(int minSize, int maxSize, PayloadUnit unit, UnaryOperator<String> encoding,
                          Set<ButtonKind> sentBy) {
    public PayloadRule {
        checkNotNull(unit, "unit");
        checkNotNull(encoding, "encoding");
        sentBy = Set.copyOf(checkNotNull(sentBy, "sentBy"));
        checkArgument(minSize >= 0 && minSize <= maxSize, "need 0 <= minSize <= maxSize: %s, %s", minSize, maxSize);
    }

    /** The size of {@code payload} as the platform counts it. */
    public int sizeOf(String payload) {
        return unit.measure(encoding.apply(payload));
    }
}
