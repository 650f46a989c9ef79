package dev.switchboard.core.bot;

import static dev.switchboard.core.bot.Updates.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.event.ClientCapabilities;
import dev.switchboard.core.event.MessageReceived;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.Style;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.menu.Menu;
import dev.switchboard.core.menu.MenuItem;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.testing.RecordingListener;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClientCapabilitiesTest {
    private static final Keyboard VOTE = Keyboard.inline()
            .row(Button.callback("Yes", "vote:yes").withStyle(Style.POSITIVE), Button.callback("No", "vote:no"))
            .row(Button.link("Rules", URI.create("https://example.com/rules")), Button.copy("Copy", "text"))
            .build();
    private static final Keyboard AS_TEXT = Keyboard.standard()
            .row(Button.text("Yes", "vote:yes").withStyle(Style.POSITIVE), Button.text("No", "vote:no"))
            .row(Button.link("Rules", URI.create("https://example.com/rules")))
            .build();

    private final ManualScheduler clock = new ManualScheduler();
    private final FakePlatform vk = FakePlatform.vk();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Bot bot = Updates.bot(clock, vk).listener(listener)
            .onText("vote", (m, ctx) -> ctx.reply("Do you like it?", VOTE))
            .onPressPrefix("vote", (p, ctx) -> calls.add(p.source() + " " + p.payload().get()))
            .build();

    @Test
    void aUserWhoseAppLacksInlineKeyboardsGetsStandardTextButtonsWithTheSamePayloads() {
        bot.dispatch(vote(5, 1, client(false, "text", "callback", "open_link")));

        assertThat(vk.messenger.lastSent().keyboard()).contains(AS_TEXT);
    }

    @Test
    void aUserWhoseAppLacksCallbackButtonsGetsThemAsTextButtons() {
        bot.dispatch(vote(5, 1, client(true, "text", "open_link")));

        assertThat(vk.messenger.lastSent().keyboard()).contains(AS_TEXT);
    }

    @Test
    void aCapableOrUnknownUserGetsTheKeyboardAsItIs() {
        bot.dispatch(vote(5, 1, client(true, "text", "callback", "open_link")));
        bot.dispatch(Updates.vkMessage(6, 2, "vote", Optional.empty(), Optional.empty()));

        assertThat(vk.messenger.sent).extracting(RecordingMessenger.Sent::keyboard)
                .containsExactly(Optional.of(VOTE), Optional.of(VOTE));
    }

    @Test
    void aPressOnADegradedKeyboardReachesTheSamePressHandler() {
        bot.dispatch(vote(5, 1, client(false, "text")));

        bot.dispatch(Updates.vkMessage(5, 2, "Yes", Optional.of("vote:yes"), Optional.of(client(false, "text"))));
        bot.dispatch(Updates.vkMessage(5, 3, "No", Optional.empty(), Optional.of(client(false, "text"))));

        assertThat(calls).containsExactly("TEXT vote:yes", "TEXT vote:no");
    }

    @Test
    void theDegradationIsReportedOncePerUser() {
        bot.dispatch(vote(5, 1, client(false, "text")));
        bot.dispatch(vote(5, 2, client(false, "text")));
        bot.dispatch(vote(6, 3, client(false, "text")));

        assertThat(listener.events).containsExactly("keyboardDegraded vk 5", "keyboardDegraded vk 6");
    }

    @Test
    void theLatestClientInfoOfAUserCounts() {
        bot.dispatch(vote(5, 1, client(false, "text")));
        bot.dispatch(vote(5, 2, client(true, "text", "callback")));

        assertThat(vk.messenger.sent).extracting(RecordingMessenger.Sent::keyboard)
                .containsExactly(Optional.of(AS_TEXT), Optional.of(VOTE));
    }

    @Test
    void aStandardKeyboardWithoutCallbackButtonsIsLeftAlone() {
        Keyboard menu = Keyboard.standard().row(Button.text("Help", "menu:help")).build();

        bot.dispatch(vote(5, 1, client(false, "text")));
        bot.messenger(PlatformId.VK).send(5, "Menu", menu);

        assertThat(vk.messenger.lastSent().keyboard()).contains(menu);
    }

    @Test
    void aHandlerSeesWhatTheUsersAppCanShowAndAPressSeesTheLatestRemembered() {
        List<Optional<ClientCapabilities>> seen = new CopyOnWriteArrayList<>();
        Bot looking = Updates.bot(clock, vk)
                .onText("look", (m, ctx) -> seen.add(ctx.client()))
                .onPressPrefix("look", (p, ctx) -> seen.add(ctx.client()))
                .build();

        looking.dispatch(Updates.press(PlatformId.VK, "e1", 5, 5, 1, "look:before"));
        looking.dispatch(Updates.vkMessage(5, 2, "look", Optional.empty(), Optional.of(client(false, "text"))));
        looking.dispatch(Updates.press(PlatformId.VK, "e2", 5, 5, 1, "look:after"));

        assertThat(seen).containsExactly(Optional.empty(), Optional.of(client(false, "text")),
                Optional.of(client(false, "text")));
    }

    @Test
    void anInlineMenuGoesOnAStandardKeyboardFittedToItForAnAppWithoutInlineKeyboards() {
        record Thing(int id) { }
        Menu<Thing> menu = Menu.builder("things", CallbackData.of("thing", Thing.class)).rules(vk.keyboardRules())
                .text("Things").items(() -> IntStream.range(0, 30).mapToObj(k -> MenuItem.of("T" + k, new Thing(k)))
                        .toList())
                .build();
        Bot menuBot = menu.register(Updates.bot(clock, vk)).onText("menu", (m, ctx) -> menu.open(ctx)).build();

        menuBot.dispatch(Updates.vkMessage(5, 1, "menu", Optional.empty(), Optional.of(client(true, "text", "callback"))));
        menuBot.dispatch(Updates.vkMessage(6, 2, "menu", Optional.empty(), Optional.of(client(false, "text"))));

        List<Keyboard> sent = vk.messenger.sent.stream().map(s -> s.keyboard().orElseThrow()).toList();
        assertThat(sent).extracting(Keyboard::type).containsExactly(KeyboardType.INLINE, KeyboardType.STANDARD);
        // inline: 10 buttons, so ‹ › and 8 items a page; standard: 40 buttons, so the default 12 items a page
        assertThat(sent.get(0).rows().stream().flatMap(List::stream).filter(b -> b.label().startsWith("T")))
                .hasSize(8);
        assertThat(sent.get(1).rows().stream().flatMap(List::stream).filter(b -> b.label().startsWith("T")))
                .hasSize(12).allMatch(b -> b instanceof TextButton text && text.payload().isPresent());
        assertThat(listener.events).as("nothing to degrade: the menu fitted itself").isEmpty();
    }

    private static MessageReceived vote(long user, long messageId, ClientCapabilities client) {
        return Updates.vkMessage(user, messageId, "vote", Optional.empty(), Optional.of(client));
    }
}
