package dev.switchboard.testkit.delivery;

import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.transport.RetryPolicy;
import dev.switchboard.testkit.FakeVk;
import dev.switchboard.testkit.Fault;
import dev.switchboard.vk.VkPlatform;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The delivery soak on the fake VK, Bots Long Poll. Long-poll {@code failed 2} (key expired) is among
 * the faults; {@code failed 1} and {@code 3} are not, since on VK they mean events are gone (that is
 * reported as lost updates, tested in the long-poll tests).
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class VkDeliverySoakTest extends DeliverySoak {
    private final FakeVk fake = FakeVk.builder().requestsPerSecond(0).open();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void loseNothingAndRepeatNothingUnderFaultsAndRestarts() throws Exception {
        run(12);
    }

    @Override
    FakeVk fake() {
        return fake;
    }

    @Override
    BotPlatform platform() {
        return VkPlatform.builder("vk-test-token").groupId(FakeVk.GROUP_ID).apiUrl(fake.apiUrl()).rateLimits(false)
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
    }

    @Override
    List<Fault> faults() {
        return List.of(Fault.dropConnection(), Fault.serverError(502), Fault.garbage(), Fault.garbledReply(),
                Fault.delay(Duration.ofMillis(300)), Fault.tooManyRequests(Duration.ofSeconds(1)),
                Fault.longPollFailed(2));
    }

    @Override
    void userSends(long chat, String text) {
        fake.userSends(chat, text);
    }

    @Override
    String userPresses(long chat, String payload) {
        return fake.userPressesButton(chat, chat, fake.lastMessage(chat).orElseThrow().messageId(), payload);
    }

    @Override
    long chat(int index) {
        return 2_001 + index;
    }
}
