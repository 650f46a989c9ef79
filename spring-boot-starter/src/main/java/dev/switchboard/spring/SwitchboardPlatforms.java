package dev.switchboard.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platforms the properties turned on, each wrapped for the bot ({@link TrackedPlatform}): what
 * the bot, the webhook endpoints and the health indicator share.
 */
final class SwitchboardPlatforms {
    private final Optional<TrackedPlatform> telegram;
    private final Optional<TrackedPlatform> vk;

    SwitchboardPlatforms(Optional<TrackedPlatform> telegram, Optional<TrackedPlatform> vk) {
        this.telegram = telegram;
        this.vk = vk;
    }

    Optional<TrackedPlatform> telegram() {
        return telegram;
    }

    Optional<TrackedPlatform> vk() {
        return vk;
    }

    /** Telegram first, as the bot lists them. */
    List<TrackedPlatform> all() {
        List<TrackedPlatform> all = new ArrayList<>();
        telegram.ifPresent(all::add);
        vk.ifPresent(all::add);
        return List.copyOf(all);
    }
}
