package dev.switchboard.examples.bots;

import static dev.switchboard.examples.bots.WireMockPlatforms.await;
import static dev.switchboard.examples.bots.WireMockPlatforms.awaitTrue;
import static dev.switchboard.examples.bots.WireMockPlatforms.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.examples.bots.MembershipBot.Subscriber;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The membership tracker end to end: who has not blocked the bot, and admin announcements. */
@Timeout(30)
class MembershipBotTest {
    private final WireMockPlatforms fakes = new WireMockPlatforms();
    private final MembershipBot tracker = new MembershipBot();
    private Bot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        fakes.close();
    }

    @Test
    void telegramMessageAddsBlockingRemovesAndAPromotionIsAnnouncedInTheGroup() {
        bot = tracker.build(List.of(fakes.telegram()));
        bot.start();
        Subscriber vitya = new Subscriber(PlatformId.TELEGRAM, 222);

        fakes.telegramDelivers(TelegramUpdates.command(1, "hello"));
        awaitTrue(() -> tracker.subscribers().contains(vitya), "the writer subscribed");

        fakes.telegramDelivers(TelegramUpdates.blocked(2, 222));
        awaitTrue(() -> !tracker.subscribers().contains(vitya), "the blocker removed");

        fakes.telegramDelivers(TelegramUpdates.promoted(3));
        LoggedRequest announcement = await(() -> fakes.telegramCalls("sendMessage"), 1, "sendMessage").get(0);
        assertThat(json(announcement).path("chat_id").asLong()).isEqualTo(-1001987654321L);
        assertThat(json(announcement).path("text").asText()).isEqualTo("Arthur is now an admin");
        bot.stop();

        assertThat(tracker.subscribers()).isEmpty();
        assertThat(fakes.telegramCalls("sendMessage")).hasSize(1);
    }

    @Test
    void telegramIsAskedForOtherMembersChanges() {
        bot = tracker.build(List.of(fakes.telegram()));
        bot.start();
        LoggedRequest poll = await(() -> fakes.telegramCalls("getUpdates"), 1, "getUpdates").get(0);
        JsonNode allowed = json(poll).path("allowed_updates");
        assertThat(StreamSupport.stream(allowed.spliterator(), false).map(JsonNode::asText).toList())
                .contains("message", "my_chat_member", "chat_member");
    }

    @Test
    void vkMessageAllowAddsAndMessageDenyRemoves() {
        bot = tracker.build(List.of(fakes.vk()));
        bot.start();
        Subscriber user = new Subscriber(PlatformId.VK, VkEvents.USER);

        fakes.vkDelivers(VkEvents.allow("ev-1", true));
        awaitTrue(() -> tracker.subscribers().contains(user), "message_allow subscribed the user");

        fakes.vkDelivers(VkEvents.allow("ev-2", false));
        awaitTrue(() -> tracker.subscribers().isEmpty(), "message_deny removed the user");

        fakes.vkDelivers(VkEvents.message("ev-3", "hi", null));
        awaitTrue(() -> tracker.subscribers().contains(user), "a message subscribed the user again");
        bot.stop();
        assertThat(fakes.vkCalls("messages.send")).isEmpty();
    }
}
