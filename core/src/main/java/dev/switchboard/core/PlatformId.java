package dev.switchboard.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Names a messenger platform in reports, events and the CLI's JSON. A value, not an enum,
 * so a new adapter needs no change in core. Equality is by {@code value} only.
 *
 * @param value lower-case identifier, as it appears in JSON output ({@code telegram}, {@code vk})
 * @param displayName the name people read in messages ({@code Telegram}, {@code VK})
 */
public record PlatformId(String value, String displayName) {
    /** Telegram Bot API. */
    public static final PlatformId TELEGRAM = new PlatformId("telegram", "Telegram");
    /** VK community bots (API 5.199). */
    public static final PlatformId VK = new PlatformId("vk", "VK");

    public PlatformId {
        checkNotNull(value, "value");
        checkNotNull(displayName, "displayName");
        checkArgument(value.matches("[a-z][a-z0-9_-]*"), "value must be a lower-case identifier: %s", value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
