package dev.switchboard.examples.demo;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import java.util.List;

/** The testkit's fakes for the chosen platforms, reached by platform id. */
final class Fakes {
    private Fakes() {
    }

    /** Fakes for exactly {@code platforms}: a bot on them polls every fake, so none may be left idle. */
    static FakePlatforms of(List<PlatformId> platforms) {
        boolean telegram = platforms.contains(PlatformId.TELEGRAM);
        boolean vk = platforms.contains(PlatformId.VK);
        if (telegram && vk) {
            return FakePlatforms.telegramAndVk();
        }
        return telegram ? FakePlatforms.telegramOnly() : FakePlatforms.vkOnly();
    }

    /** A new simulated user called {@code name} on {@code platform}'s fake. */
    static FakeUser user(FakePlatforms fakes, PlatformId platform, String name) {
        return isTelegram(platform) ? fakes.telegram().user(name) : fakes.vk().user(name);
    }

    /** The adapter of {@code platform}, wired to its fake. */
    static BotPlatform platform(FakePlatforms fakes, PlatformId platform) {
        return isTelegram(platform) ? fakes.telegramPlatform() : fakes.vkPlatform();
    }

    /** The payload rule of {@code platform}'s adapter, as wired to its fake. */
    static PayloadRule payloadRule(FakePlatforms fakes, PlatformId platform) {
        return platform(fakes, platform).keyboardRules().payload();
    }

    private static boolean isTelegram(PlatformId platform) {
        return platform.equals(PlatformId.TELEGRAM);
    }
}
