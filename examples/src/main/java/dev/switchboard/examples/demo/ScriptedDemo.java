package dev.switchboard.examples.demo;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.BotPlatform;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.menu.MenuPage;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.examples.bots.CatalogueBot;
import dev.switchboard.examples.bots.MembershipBot;
import dev.switchboard.examples.bots.MembershipBot.Subscriber;
import dev.switchboard.examples.bots.TwoButtonsBot;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeStats;
import dev.switchboard.testkit.FakeUser;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code switchboard demo}: the example bots with scripted users on the testkit's fake servers. The
 * bots run one after another, each on every chosen platform at once, in this process; the
 * transcript goes to {@code out}, ending with the fakes' totals. Each step checks what the bot
 * did; the first that went otherwise stops the demo with a {@link DemoFailedException}.
 *
 * <pre>{@code
 * FakeStats totals = ScriptedDemo.run(List.of(PlatformId.TELEGRAM, PlatformId.VK), out, Glyphs.UNICODE);
 * }</pre>
 */
public final class ScriptedDemo {
    private static final int ITEM = 14;

    private final List<PlatformId> platforms;
    private final Transcript transcript;
    private final FakePlatforms fakes;
    private PlatformId current;
    private final DemoChecks checks = new DemoChecks(() -> current);

    private ScriptedDemo(List<PlatformId> platforms, Transcript transcript, FakePlatforms fakes) {
        this.platforms = platforms;
        this.transcript = transcript;
        this.fakes = fakes;
        this.current = platforms.get(0);
    }

    /**
     * Runs the demo on {@code platforms} (Telegram, VK or both, in that order) and returns the
     * fakes' totals, which the transcript's last line shows.
     *
     * @throws DemoFailedException if a step did not go as scripted; the transcript shows how far it got
     */
    public static FakeStats run(List<PlatformId> platforms, PrintWriter out, Glyphs glyphs) {
        return run(platforms, out, glyphs, fakes -> { });
    }

    /**
     * As {@link #run(List, PrintWriter, Glyphs)}, with {@code setUp} applied to the started fakes
     * first (tests break them).
     */
    static FakeStats run(List<PlatformId> platforms, PrintWriter out, Glyphs glyphs, Consumer<FakePlatforms> setUp) {
        Transcript transcript = new Transcript(out, glyphs);
        try (FakePlatforms fakes = Fakes.of(platforms)) {
            fakes.start();
            setUp.accept(fakes);
            return new ScriptedDemo(platforms, transcript, fakes).run();
        } finally {
            transcript.flush();
        }
    }

    private FakeStats run() {
        transcript.line("Switchboard demo: the example bots on fake " + DemoBots.names(platforms)
                + " servers, in this process (no token, no network).");
        twoButtons();
        catalogue();
        membership();
        FakeStats totals = fakes.stats();
        transcript.scene(Totals.line(totals));
        if (totals.sendsRefused() != platforms.size()) {
            throw new DemoFailedException("the fakes refused " + totals.sendsRefused() + " send(s); the script expects "
                    + platforms.size() + ", one to each blocked user");
        }
        if (totals.answersRefused() != 0 || !totals.allPressesAnsweredInTime()) {
            throw new DemoFailedException((totals.pressesMade() - totals.pressesAnsweredInTime())
                    + " press(es) not answered in time, " + totals.answersRefused() + " answer(s) refused");
        }
        return totals;
    }

    private void twoButtons() {
        RuntimeEvents events = new RuntimeEvents();
        Bot bot = DemoBots.twoButtons(botPlatforms(), events);
        transcript.scene("1. two-buttons" + onPlatforms() + ": a press answers with a toast and edits the message");
        play(bot, List.of("Ira", "Masha"), (user, platform) -> {
            Conversation chat = new Conversation(user, transcript, events, Optional.empty(),
                    Fakes.payloadRule(fakes, platform));
            chat.sends("/start");
            checks.expectText(chat, TwoButtonsBot.PROMPT, "/start");
            chat.presses("Button 1");
            checks.expectText(chat, "You pressed Button 1", "pressing Button 1");
            checks.expectAnswer(user, PressAnswer.toast("You pressed Button 1"), "pressing Button 1");
            chat.presses("Button 1");
            checks.expectAnswer(user, PressAnswer.none(), "pressing Button 1 again at once");
            chat.presses("Button 2");
            checks.expectText(chat, "You pressed Button 2", "pressing Button 2");
            checks.expectAnswer(user, PressAnswer.toast("You pressed Button 2"), "pressing Button 2");
        });
    }

    private void catalogue() {
        RuntimeEvents events = new RuntimeEvents();
        RecordingPayloadStore store = new RecordingPayloadStore();
        CatalogueBot.Shelf shelf = CatalogueBot.Shelf.full();
        Bot bot = DemoBots.catalogue(botPlatforms(), events, store, shelf);
        transcript.scene("2. catalogue" + onPlatforms() + ": one menu, fitted to each platform, with a payload store"
                + " and a " + DemoBots.DEADLINE.toSeconds() + " s answer deadline");
        play(bot, List.of("Oleg", "Petya"), (user, platform) -> {
            Conversation chat = new Conversation(user, transcript, events, Optional.of(store),
                    Fakes.payloadRule(fakes, platform));
            chat.sends("/start");
            checks.expectText(chat, CatalogueBot.pageText(platform, 1), "/start");
            List<MenuPage> pages = CatalogueBot.pages(platform);
            transcript.note("the catalogue's menu fits " + platform.displayName() + ": " + pages.get(0).itemCount()
                    + " items a page, " + pages.size() + " pages (the same " + CatalogueBot.ITEMS + " items)");
            chat.presses("›");
            checks.expectText(chat, CatalogueBot.pageText(platform, 2), "pressing ›");
            chat.presses("Item " + ITEM);
            checks.expectText(chat, CatalogueBot.itemText(ITEM), "pressing Item " + ITEM);
            String reserve = ((CallbackButton) user.lastKeyboard().orElseThrow().rows().get(0).get(0)).payload();
            if (!store.isToken(reserve)) {
                PayloadRule rule = Fakes.payloadRule(fakes, platform);
                transcript.note("[Reserve] went out as it is: its payload is " + rule.sizeOf(reserve) + " "
                        + rule.unit().word() + ", within " + platform.displayName() + "'s " + rule.maxSize());
            }
            chat.presses("Reserve");
            checks.check(!platform.equals(PlatformId.TELEGRAM) || store.storedCount() > 0, "pressing Reserve",
                    () -> "the Reserve payload was not stored, though it is over Telegram's 64 bytes");
            checks.expectAnswer(user, PressAnswer.toast("Reserved: " + CatalogueBot.slug(ITEM)), "pressing Reserve");
            chat.presses("Check stock");
            checks.expectAnswer(user, PressAnswer.none(), "pressing Check stock");
            checks.expectText(chat, CatalogueBot.itemText(ITEM) + "\n" + CatalogueBot.stockText(ITEM),
                    "checking stock");
            chat.presses("« Back");
            checks.expectText(chat, CatalogueBot.pageText(platform, 2), "going back");
            List<String> shown = itemLabels(user);
            int soldOut = Integer.parseInt(shown.get(shown.size() - 1).substring("Item ".length()));
            shelf.sellOut(soldOut);
            transcript.note("meanwhile Item " + soldOut + " sells out: the page " + user.name()
                    + " still sees has changed");
            chat.presses(shown.get(0));
            checks.expectAnswer(user, PressAnswer.toast(CatalogueBot.STALE_NOTICE), "pressing " + shown.get(0)
                    + " on the old page");
            checks.check(!itemLabels(user).contains("Item " + soldOut), "pressing " + shown.get(0) + " on the old page",
                    () -> "the page was not drawn again without Item " + soldOut + ": " + itemLabels(user));
            transcript.ok("a press on the old page did not act on any item: the page as it is now replaced it");
        });
    }

    private static List<String> itemLabels(FakeUser user) {
        return user.lastKeyboard().orElseThrow().rows().stream().flatMap(List::stream).map(Button::label)
                .filter(label -> label.startsWith("Item ")).toList();
    }

    private void membership() {
        RuntimeEvents events = new RuntimeEvents();
        MembershipBot tracker = new MembershipBot();
        Bot bot = DemoBots.membership(tracker, botPlatforms(), events);
        transcript.scene("3. membership" + onPlatforms() + ": a user blocks the bot");
        play(bot, List.of("Nina", "Sveta"), (user, platform) -> {
            Conversation chat = new Conversation(user, transcript, events, Optional.empty(),
                    Fakes.payloadRule(fakes, platform));
            chat.sends("/start");
            checks.expectText(chat, MembershipBot.WELCOME, "/start");
            chat.blocks();
            Subscriber subscriber = new Subscriber(platform, user.id());
            checks.check(!tracker.subscribers().contains(subscriber), "blocking", () -> "the bot still counts "
                    + user.name() + " as a subscriber");
            transcript.ok("the bot saw it: " + user.name() + " is no longer a subscriber");
            String news = "Spring news: the catalogue has 60 new things";
            transcript.botTries(news, user.name());
            try {
                bot.messenger(platform).send(user.id(), news);
                checks.check(false, "sending to a blocked user", () -> "the fake accepted it");
            } catch (PlatformApiException refused) {
                transcript.failure(refused.getMessage());
            }
        });
    }

    /** {@code  on Telegram and VK at once}, or {@code  on VK}. */
    private String onPlatforms() {
        return " on " + DemoBots.names(platforms) + (platforms.size() > 1 ? " at once" : "");
    }

    /** A scene: {@code bot} runs on every chosen platform while each gets its user, in turn. */
    private void play(Bot bot, List<String> names, Scene scene) {
        try {
            fakes.run(bot, () -> {
                for (PlatformId platform : platforms) {
                    current = platform;
                    transcript.section(platform.displayName());
                    String name = names.get(platform.equals(PlatformId.TELEGRAM) ? 0 : 1);
                    scene.play(Fakes.user(fakes, platform, name), platform);
                    transcript.flush();
                }
            });
        } catch (DemoFailedException e) {
            throw e;
        } catch (Exception | AssertionError e) {
            throw new DemoFailedException(current.displayName() + ": " + e.getMessage(), e);
        }
    }

    private List<BotPlatform> botPlatforms() {
        List<BotPlatform> list = new ArrayList<>();
        for (PlatformId platform : platforms) {
            list.add(Fakes.platform(fakes, platform));
        }
        return list;
    }

    /** What one user does on one platform. */
    @FunctionalInterface
    private interface Scene {
        void play(FakeUser user, PlatformId platform) throws Exception;
    }
}
