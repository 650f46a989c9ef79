package dev.switchboard.examples.bots;

import static dev.switchboard.examples.bots.WireMockPlatforms.await;
import static dev.switchboard.examples.bots.WireMockPlatforms.form;
import static dev.switchboard.examples.bots.WireMockPlatforms.json;
import static dev.switchboard.examples.bots.WireMockPlatforms.parse;
import static dev.switchboard.examples.bots.WireMockPlatforms.telegramPayloads;
import static dev.switchboard.examples.bots.WireMockPlatforms.vkPayloads;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The two-button bot end to end, on real Telegram and VK platforms talking to a fake server. */
@Timeout(30)
class TwoButtonsBotTest {
    private final WireMockPlatforms fakes = new WireMockPlatforms();
    private Bot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        fakes.close();
    }

    /** Duplicate suppression off, so the second press reaches the bot's own "no edit" logic. */
    private void run(BotPlatform platform) {
        bot = TwoButtonsBot.builder(List.of(platform)).duplicateWindow(Duration.ZERO).build();
        bot.start();
    }

    @Test
    void telegramStartSendsTwoButtonsAPressEditsAndASecondPressIsOnlyAnswered() {
        run(fakes.telegram());
        fakes.telegramDelivers(TelegramUpdates.command(1, "/start"));

        LoggedRequest sent = await(() -> fakes.telegramCalls("sendMessage"), 1, "sendMessage").get(0);
        assertThat(json(sent).path("chat_id").asLong()).isEqualTo(222);
        assertThat(json(sent).path("text").asText()).isEqualTo("Press a button");
        assertThat(telegramPayloads(sent)).containsExactly(List.of("btn:1", "btn:2"));

        fakes.telegramDelivers(TelegramUpdates.press(2, "q-1", 500, "btn:2"));
        LoggedRequest answer = await(() -> fakes.telegramCalls("answerCallbackQuery"), 1, "answerCallbackQuery")
                .get(0);
        assertThat(json(answer).path("callback_query_id").asText()).isEqualTo("q-1");
        assertThat(json(answer).path("text").asText()).isEqualTo("You pressed Button 2");
        LoggedRequest edit = await(() -> fakes.telegramCalls("editMessageText"), 1, "editMessageText").get(0);
        assertThat(json(edit).path("message_id").asLong()).isEqualTo(500);
        assertThat(json(edit).path("text").asText()).isEqualTo("You pressed Button 2");
        assertThat(telegramPayloads(edit)).containsExactly(List.of("btn:1", "btn:2"));

        fakes.telegramDelivers(TelegramUpdates.press(3, "q-2", 500, "btn:2"));
        await(() -> fakes.telegramCalls("answerCallbackQuery"), 2, "answerCallbackQuery");
        bot.stop();

        assertThat(fakes.telegramCalls("editMessageText")).hasSize(1);
        assertThat(fakes.telegramCalls("answerCallbackQuery")).extracting(r -> json(r).path("callback_query_id")
                .asText()).containsExactly("q-1", "q-2");
    }

    @Test
    void telegramPressOnTheOtherButtonEditsAgain() {
        run(fakes.telegram());
        fakes.telegramDelivers(TelegramUpdates.command(1, "/start"));
        await(() -> fakes.telegramCalls("sendMessage"), 1, "sendMessage");
        fakes.telegramDelivers(TelegramUpdates.press(2, "q-1", 500, "btn:1"));
        await(() -> fakes.telegramCalls("editMessageText"), 1, "editMessageText");
        fakes.telegramDelivers(TelegramUpdates.press(3, "q-2", 500, "btn:2"));
        await(() -> fakes.telegramCalls("editMessageText"), 2, "editMessageText");
        await(() -> fakes.telegramCalls("answerCallbackQuery"), 2, "answerCallbackQuery");
        bot.stop();

        assertThat(fakes.telegramCalls("editMessageText")).extracting(r -> json(r).path("text").asText())
                .containsExactly("You pressed Button 1", "You pressed Button 2");
        assertThat(fakes.telegramCalls("answerCallbackQuery")).hasSize(2);
    }

    @Test
    void vkStartButtonSendsTwoButtonsAndAPressEditsAndAnswers() {
        run(fakes.vk());
        fakes.vkDelivers(VkEvents.startButton("ev-1"));

        LoggedRequest sent = await(() -> fakes.vkCalls("messages.send"), 1, "messages.send").get(0);
        assertThat(form(sent)).containsEntry("peer_ids", "612512941").containsEntry("message", "Press a button");
        assertThat(vkPayloads(sent)).containsExactly(List.of("btn:1", "btn:2"));

        fakes.vkDelivers(VkEvents.press("ev-2", "press-1", 1240, "btn:1"));
        LoggedRequest answer = await(() -> fakes.vkCalls("messages.sendMessageEventAnswer"), 1,
                "messages.sendMessageEventAnswer").get(0);
        Map<String, String> answered = form(answer);
        assertThat(answered).containsEntry("event_id", "press-1").containsEntry("user_id", "612512941");
        assertThat(parse(answered.get("event_data")).path("text").asText()).isEqualTo("You pressed Button 1");
        LoggedRequest edit = await(() -> fakes.vkCalls("messages.edit"), 1, "messages.edit").get(0);
        assertThat(form(edit)).containsEntry("conversation_message_id", "1240")
                .containsEntry("message", "You pressed Button 1");
        assertThat(vkPayloads(edit)).containsExactly(List.of("btn:1", "btn:2"));

        fakes.vkDelivers(VkEvents.press("ev-3", "press-2", 1240, "btn:1"));
        await(() -> fakes.vkCalls("messages.sendMessageEventAnswer"), 2, "messages.sendMessageEventAnswer");
        bot.stop();

        assertThat(fakes.vkCalls("messages.edit")).hasSize(1);
        assertThat(fakes.vkCalls("messages.sendMessageEventAnswer")).extracting(r -> form(r).get("event_id"))
                .containsExactly("press-1", "press-2");
    }

    @Test
    void theSameBotServesBothPlatformsAtOnce() {
        bot = TwoButtonsBot.build(List.of(fakes.telegram(), fakes.vk()));
        bot.start();
        fakes.telegramDelivers(TelegramUpdates.command(1, "/start"));
        fakes.vkDelivers(VkEvents.startButton("ev-1"));

        await(() -> fakes.telegramCalls("sendMessage"), 1, "sendMessage");
        await(() -> fakes.vkCalls("messages.send"), 1, "messages.send");
    }
}
