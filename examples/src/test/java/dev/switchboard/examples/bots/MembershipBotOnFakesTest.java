package dev.switchboard.examples.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.examples.bots.MembershipBot.Subscriber;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The membership tracker on the testkit's fakes: /start subscribes, blocking unsubscribes and sends then fail. */
@Timeout(30)
class MembershipBotOnFakesTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    @Test
    void startWelcomesAndSubscribesAndABlockUnsubscribesOnBothPlatforms() throws Exception {
        MembershipBot tracker = new MembershipBot();
        Bot bot = tracker.build(fakes.platforms());
        fakes.run(bot, () -> {
            for (FakeUser user : List.of(fakes.telegram().user("Nina"), fakes.vk().user("Sveta"))) {
                Subscriber subscriber = new Subscriber(user.platform(), user.id());

                user.sends("/start");
                assertThat(user.lastMessage().text()).isEqualTo(MembershipBot.WELCOME);
                assertThat(tracker.subscribers()).contains(subscriber);

                user.blocks();
                assertThat(tracker.subscribers()).doesNotContain(subscriber);
                assertThatThrownBy(() -> bot.messenger(user.platform()).send(user.id(), "news"))
                        .isInstanceOf(PlatformApiException.class)
                        .extracting(e -> ((PlatformApiException) e).errorCode())
                        .isEqualTo(user.platform().equals(PlatformId.TELEGRAM) ? 403 : 901);
            }
        });
    }
}
