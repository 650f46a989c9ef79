package dev.switchboard.examples.menu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.menu.Menu;
import dev.switchboard.core.menu.MenuItem;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.payload.PayloadStore;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.examples.menu.ShopBot.Product;
import dev.switchboard.redis.RedisState;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.testkit.FakePlatforms;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.LocalRedis;
import dev.switchboard.vk.VkPlatform;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shop menu of docs/menus.md, written once, on FakeTelegram and FakeVk. */
class MenuOnFakesTest {
    private static final String STALE = "This menu has changed: here it is as it is now.";

    @RegisterExtension FakePlatforms fakes = FakePlatforms.telegramAndVk();

    private final AtomicReference<List<Product>> products = new AtomicReference<>(products(30));

    @Test
    void theSameMenuHasTwelveItemsAPageOnTelegramAndFewerOnVkInline() throws Exception {
        fakes.run(ShopBot.build(fakes.platforms(), products::get), () -> {
            FakeUser telegram = fakes.telegram().user("Ira").sends("/start").presses("Products");
            FakeUser vk = fakes.vk().user("Ira").sends("/start").presses("Products");

            assertThat(items(telegram)).hasSize(12).startsWith("Product 0").endsWith("Product 11");
            assertThat(telegram.lastMessage().text()).isEqualTo("Products\n\nPage 1 of 3");
            // VK inline: 10 buttons, so ‹ ›, « Back and 7 items
            assertThat(items(vk)).hasSize(7);
            assertThat(vk.lastMessage().text()).isEqualTo("Products\n\nPage 1 of 5");
            assertThat(Validator.validate(telegram.lastKeyboard().orElseThrow(), TelegramPlatform.rules()).isValid())
                    .isTrue();
            assertThat(Validator.validate(vk.lastKeyboard().orElseThrow(), VkPlatform.rules()).isValid()).isTrue();
        });
    }

    @Test
    void nextAndPreviousEditTheMessageInPlace() throws Exception {
        fakes.run(ShopBot.build(fakes.platforms(), products::get), () -> bothUsers().forEach(ira -> {
            ira.sends("/start").presses("Products").presses("›").presses("›");
            int last = ira.platform().equals(PlatformId.TELEGRAM) ? 3 : 5;
            assertThat(ira.lastMessage().text()).isEqualTo("Products\n\nPage 3 of " + last);
            ira.presses("‹");
            assertThat(ira.lastMessage().text()).isEqualTo("Products\n\nPage 2 of " + last);
            assertThat(ira.messages()).hasSize(1);
        }));
    }

    @Test
    void anItemScreenGoesBackToItsPageAndHome() throws Exception {
        fakes.run(ShopBot.build(fakes.platforms(), products::get), () -> bothUsers().forEach(ira -> {
            ira.sends("/start").presses("Products").presses("›");
            String page2 = ira.lastMessage().text();
            String item = items(ira).get(0);
            ira.presses(item);
            assertThat(ira.lastMessage().text()).isEqualTo(item + ": a fine thing.");
            assertThat(labels(ira)).containsExactly("Buy", "« Back", "⌂ Home");
            ira.presses("Buy");
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Added to your cart"));
            ira.presses("« Back");
            assertThat(ira.lastMessage().text()).isEqualTo(page2);
            ira.presses(item).presses("⌂ Home");
            assertThat(ira.lastMessage().text()).isEqualTo("Welcome! Pick a shelf.");
            ira.presses("Products").presses("« Back");
            assertThat(ira.lastMessage().text()).isEqualTo("Welcome! Pick a shelf.");
            assertThat(ira.messages()).hasSize(1);
        }));
    }

    @Test
    void aPressOnAChangedMenuIsAnsweredByTheMenuAsItIsNow() throws Exception {
        fakes.run(ShopBot.build(fakes.platforms(), products::get), () -> {
            List<FakeUser> users = bothUsers();
            users.forEach(ira -> ira.sends("/start").presses("Products"));
            List<Product> changed = new ArrayList<>(products(30));
            changed.add(0, new Product(99, "Product 99"));
            products.set(changed);

            for (FakeUser ira : users) {
                ira.presses("Product 3");
                assertThat(ira.lastAnswer()).as("on %s", ira.platform()).isEqualTo(PressAnswer.toast(STALE));
                assertThat(ira.lastMessage().text()).startsWith("Products\n\nPage 1 of ");
                assertThat(items(ira)).startsWith("Product 99", "Product 0");
                ira.presses("Product 3");
                assertThat(ira.lastMessage().text()).isEqualTo("Product 3: a fine thing.");
            }
        });
    }

    @Test
    void aPageTurnOnAChangedMenuIsStaleToo() throws Exception {
        fakes.run(ShopBot.build(fakes.platforms(), products::get), () -> {
            List<FakeUser> users = bothUsers();
            users.forEach(ira -> ira.sends("/start").presses("Products"));
            products.set(products(30).subList(1, 30)); // page 1 loses its first item


            for (FakeUser ira : users) {
                ira.presses("›");
                assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast(STALE));
                assertThat(ira.lastMessage().text()).startsWith("Products\n\nPage 1 of ");
                assertThat(items(ira)).startsWith("Product 1");
            }
        });
    }

    @Test
    void aTurnFromAPageThatDidNotChangeIsNotStale() throws Exception {
        fakes.run(ShopBot.build(fakes.platforms(), products::get), () -> {
            FakeUser ira = fakes.telegram().user("Ira").sends("/start").presses("Products");
            products.set(products(29)); // on Telegram page 1 still shows Product 0 to 11 of 3 pages

            ira.presses("›");

            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.none());
            assertThat(ira.lastMessage().text()).isEqualTo("Products\n\nPage 2 of 3");
        });
    }

    @Test
    void aPressAfterARestartWithTheSameItemsActsOnTheItem() throws Exception {
        List<FakeUser> users = bothUsers();
        fakes.run(ShopBot.build(fakes.platforms(), products::get),
                () -> users.forEach(ira -> ira.sends("/start").presses("Products")));

        Bot restarted = ShopBot.build(fakes.platforms(), products::get);
        fakes.run(restarted, () -> users.forEach(ira -> {
            ira.presses("Product 5");
            assertThat(ira.lastMessage().text()).isEqualTo("Product 5: a fine thing.");
        }));
    }

    @Test
    void withSigningOnMenuPayloadsAreSignedOnTheWireAndStillReachTheMenu() throws Exception {
        PayloadSigner signer = PayloadSigner.hmacSha256("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));
        Menu<Product> menu = Menu.builder("signed", ShopBot.PRODUCT)
                .rules(TelegramPlatform.rules(), VkPlatform.rules()).signedWith(signer).text("Signed")
                .items(() -> products.get().stream().map(p -> MenuItem.of(p.name(), p)).toList())
                .onItem((product, press) -> press.show("Picked " + product.name(), List.of()))
                .build();
        Bot bot = menu.register(Bot.builder().platform(fakes.telegramPlatform()).platform(fakes.vkPlatform())
                .signPayloads(signer)).onCommand("start", (message, ctx) -> menu.open(ctx)).build();

        fakes.run(bot, () -> bothUsers().forEach(ira -> {
            ira.sends("/start");
            assertThat(ira.lastMessage().markup().orElseThrow().toString()).contains("signed.t:").contains("|");
            ira.presses("›").presses("Product 13");
            assertThat(ira.lastMessage().text()).isEqualTo("Picked Product 13");
        }));
    }

    @Test
    void onAStandardKeyboardEachPageIsANewMessageAndItemsArePressedByTheirLabels() throws Exception {
        Menu<Product> menu = Menu.builder("std", ShopBot.PRODUCT).rules(TelegramPlatform.rules(), VkPlatform.rules())
                .keyboardType(KeyboardType.STANDARD).text("Products")
                .items(() -> products.get().stream().map(p -> MenuItem.of(p.name(), p)).toList())
                .onItem((product, press) -> press.show("Picked " + product.name(), List.of()))
                .build();
        Bot bot = menu.register(Bot.builder().platforms(fakes.platforms()))
                .onCommand("start", (message, ctx) -> menu.open(ctx)).build();

        fakes.run(bot, () -> bothUsers().forEach(ira -> {
            ira.sends("/start");
            assertThat(ira.lastKeyboard().orElseThrow().type()).isEqualTo(KeyboardType.STANDARD);
            // VK's standard keyboards take 40 buttons, so the whole default page of 12 fits there too
            assertThat(items(ira)).hasSize(12);
            ira.presses("›");
            assertThat(ira.lastMessage().text()).isEqualTo("Products\n\nPage 2 of 3");
            assertThat(ira.messages()).as("a standard keyboard cannot be edited: a new message").hasSize(2);
            ira.presses("Product 13");
            assertThat(ira.lastMessage().text()).isEqualTo("Picked Product 13");
            assertThat(Validator.validate(ira.lastKeyboard().orElseThrow(), ira.platform().equals(PlatformId.TELEGRAM)
                    ? TelegramPlatform.rules() : VkPlatform.rules()).isValid()).isTrue();
        }));
    }

    @Test
    void anItemValueTooLongForTelegramRidesAsAStoreTokenWhenTheMenuKnowsTheStore() throws Exception {
        PayloadStore store = PayloadStore.inMemory();
        List<Product> longNames = IntStream.range(0, 5)
                .mapToObj(k -> new Product(k, "Product " + k + " " + "with a very long name".repeat(3))).toList();
        products.set(longNames);
        List<Product> picked = new ArrayList<>();
        Menu<Product> menu = Menu.builder("long", ShopBot.PRODUCT).rules(TelegramPlatform.rules(), VkPlatform.rules())
                .payloadStore(store).text("Products")
                .items(() -> products.get().stream().map(p -> MenuItem.of("Product " + p.id(), p)).toList())
                .onItem((product, press) -> {
                    picked.add(product);
                    press.show("Picked " + product.id(), List.of());
                })
                .build();
        Bot bot = menu.register(Bot.builder().platforms(fakes.platforms()).payloadStore(store))
                .onCommand("start", (message, ctx) -> menu.open(ctx)).build();

        fakes.run(bot, () -> {
            FakeUser ira = fakes.telegram().user("Ira").sends("/start");
            assertThat(ira.lastMessage().markup().orElseThrow().toString()).contains(PayloadStore.TOKEN_PREFIX);
            ira.presses("Product 2");
            assertThat(picked).containsExactly(longNames.get(2));

            ira.presses("« Back");
            List<Product> renamed = new ArrayList<>(longNames);
            renamed.set(3, new Product(3, "Product 3 renamed, the same label and place"));
            products.set(renamed);
            ira.presses("Product 3");
            assertThat(ira.lastAnswer()).as("the value the user saw is gone").isEqualTo(PressAnswer.toast(STALE));
            assertThat(picked).hasSize(1);
        });
    }

    @Test
    void aPressRenderedByOneReplicaIsHandledByTheNextOneThatTakesOver() throws Exception {
        try (LocalRedis redis = LocalRedis.start(); RedisState shared = RedisState.connect(redis.uri())) {
            pressesMoveBetweenReplicas(shared);
        }
    }

    private void pressesMoveBetweenReplicas(RedisState shared) throws Exception {
        List<FakeUser> users = bothUsers();
        Bot first = ShopBot.builder(fakes.platforms(), products::get).sharedState(shared).replicaId("a").build();
        fakes.run(first, () -> users.forEach(ira -> ira.sends("/start").presses("Products").presses("›")));

        Bot second = ShopBot.builder(fakes.platforms(), products::get).sharedState(shared).replicaId("b").build();
        fakes.run(second, () -> users.forEach(ira -> {
            ira.presses("Product 13");
            assertThat(ira.lastMessage().text()).as("on %s", ira.platform()).isEqualTo("Product 13: a fine thing.");
            ira.presses("« Back");
        }));

        products.set(products(30).subList(1, 30));
        Bot third = ShopBot.builder(fakes.platforms(), products::get).sharedState(shared).replicaId("c").build();
        fakes.run(third, () -> users.forEach(ira -> {
            ira.presses("Product 13");
            assertThat(ira.lastAnswer()).as("on %s", ira.platform()).isEqualTo(PressAnswer.toast(STALE));
            assertThat(ira.lastMessage().text()).startsWith("Products\n\nPage 2 of ");
        }));
    }

    private List<FakeUser> bothUsers() {
        return List.of(fakes.telegram().user("Ira"), fakes.vk().user("Ira"));
    }

    private static List<Product> products(int count) {
        return IntStream.range(0, count).mapToObj(k -> new Product(k, "Product " + k)).toList();
    }

    private static List<String> labels(FakeUser user) {
        Keyboard keyboard = user.lastKeyboard().orElseThrow();
        return keyboard.rows().stream().flatMap(List::stream).map(Button::label).toList();
    }

    private static List<String> items(FakeUser user) {
        return labels(user).stream().filter(label -> label.startsWith("Product ")).toList();
    }
}
