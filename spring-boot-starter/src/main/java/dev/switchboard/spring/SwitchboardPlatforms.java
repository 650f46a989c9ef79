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
    private volatile boolean webhooksServed;

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

    /** The application's web server has endpoints for the platforms in webhook mode. */
    void webhooksServed() {
        webhooksServed = true;
    }

    /** The platforms in webhook mode that no endpoint of this application serves. */
    List<TrackedPlatform> webhooksNotServed() {
        return webhooksServed ? List.of() : all().stream().filter(TrackedPlatform::webhook).toList();
    }

    /** Telegram first, as the bot lists them. */
    List<TrackedPlatform> all() {
        List<TrackedPlatform> all = new ArrayList<>();
        telegram.ifPresent(all::add);
        vk.ifPresent(all::add);
        return List.copyOf(all);
    }
}
