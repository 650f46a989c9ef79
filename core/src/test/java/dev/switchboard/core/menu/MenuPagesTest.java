package dev.switchboard.core.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.ButtonKind;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.payload.PayloadSigner;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.PayloadRule;
import dev.switchboard.core.validate.PayloadUnit;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Menu#pages} on two made-up platforms: a small one (3 a row, 4 rows, 9 buttons) and a roomy one. */
class MenuPagesTest {
    /** A product, packed {@code p:<id>:<name>}. */
    record Product(int id, String name) {
    }

    static final CallbackData<Product> PRODUCT = CallbackData.of("p", Product.class);
    static final KeyboardRules SMALL = rules("small", Shape.of(3, 4, 9), 40);
    static final KeyboardRules ROOMY = rules("roomy", Shape.of(8, 100, 100), 64);

    private final AtomicReference<List<MenuItem<Product>>> items = new AtomicReference<>(products(20));

    @Test
    void paginatesTheSameListDifferentlyOnEachPlatform() {
        Menu<Product> menu = menu().build();

        List<MenuPage> small = menu.pages(SMALL);
        List<MenuPage> roomy = menu.pages(ROOMY);

        // small: 4 rows, one of them ‹ ›: 3 rows of 2 items a page
        assertThat(small).extracting(MenuPage::itemCount).containsExactly(6, 6, 6, 2);
        assertThat(rowWidths(small.get(1).keyboard().orElseThrow())).containsExactly(2, 2, 2, 2);
        assertThat(roomy).extracting(MenuPage::itemCount).containsExactly(12, 8);
        assertThat(small).allSatisfy(page -> assertThat(
                Validator.validate(page.keyboard().orElseThrow(), SMALL).isValid()).isTrue());
    }

    @Test
    void saysWhichPageOfHowManyOnEachPlatform() {
        Menu<Product> menu = menu().build();

        assertThat(menu.pages(SMALL).get(2).text()).isEqualTo("Products\n\nPage 3 of 4");
        assertThat(menu.pages(ROOMY).get(1).text()).isEqualTo("Products\n\nPage 2 of 2");
        items.set(products(3));
        assertThat(menu.pages(SMALL).get(0).text()).isEqualTo("Products");
    }

    @Test
    void navigationShowsOnlyTheTurnsThatLeadSomewhere() {
        List<MenuPage> pages = menu().build().pages(SMALL);

        assertThat(labels(lastRow(pages.get(0)))).containsExactly("›");
        assertThat(labels(lastRow(pages.get(1)))).containsExactly("‹", "›");
        assertThat(labels(lastRow(pages.get(3)))).containsExactly("‹");
    }

    @Test
    void itemPayloadsCarryThePageFingerprintAndTheValue() {
        MenuPage page = menu().build().pages(SMALL).get(1);

        CallbackButton first = (CallbackButton) page.keyboard().orElseThrow().rows().get(0).get(0);
        assertThat(first.label()).isEqualTo("Product 6");
        assertThat(first.payload()).isEqualTo("shop.i:" + page.fingerprint() + ":6:p\\:6\\:Product 6");
    }

    @Test
    void aValueTooLongForThePlatformIsNamedByItsIndexOnly() {
        items.set(List.of(MenuItem.of("Long", new Product(1, "x".repeat(30)))));

        MenuPage small = menu().build().pages(SMALL).get(0);
        MenuPage roomy = menu().build().pages(ROOMY).get(0);

        assertThat(payloads(small)).containsExactly("shop.i:" + small.fingerprint() + ":0:");
        assertThat(payloads(roomy).get(0)).endsWith("x".repeat(30));
    }

    @Test
    void fingerprintsStayForTheSameItemsAndChangeWithThem() {
        Menu<Product> menu = menu().build();
        List<MenuPage> before = menu.pages(SMALL);

        assertThat(menu().build().pages(SMALL)).isEqualTo(before); // a restart: same content, same payloads
        List<MenuItem<Product>> renamed = new ArrayList<>(products(20));
        renamed.set(8, MenuItem.of("Product 8 (new)", new Product(8, "Product 8")));
        items.set(renamed);
        List<MenuPage> after = menu.pages(SMALL);

        assertThat(after.get(0).fingerprint()).isEqualTo(before.get(0).fingerprint());
        assertThat(after.get(1).fingerprint()).isNotEqualTo(before.get(1).fingerprint());
        assertThat(menu.pages(ROOMY).get(0).fingerprint()).isNotEqualTo(before.get(0).fingerprint());
    }

    @Test
    void aNewPageCountChangesEveryFingerprint() {
        Menu<Product> menu = menu().build();
        String first = menu.pages(SMALL).get(0).fingerprint();

        items.set(products(30));

        assertThat(menu.pages(SMALL).get(0).fingerprint()).isNotEqualTo(first);
    }

    @Test
    void anEmptyMenuWithoutButtonsHasOnePageWithoutKeyboard() {
        items.set(List.of());

        List<MenuPage> pages = menu().build().pages(SMALL);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).keyboard()).isEmpty();
        assertThat(pages.get(0).text()).isEqualTo("Products\n\nNothing here yet.");
    }

    @Test
    void actionsAndTheWayBackAndHomeGoUnderTheItems() {
        Menu<Product> root = Menu.builder("root", PRODUCT).rules(SMALL).build();
        Menu<Product> middle = Menu.builder("mid", PRODUCT).rules(SMALL).parent(root).build();
        Menu<Product> leaf = menu().parent(middle).actions(Button.callback("Cart", "cart")).build();

        MenuPage page = leaf.pages(SMALL).get(1);
        List<List<Button>> rows = page.keyboard().orElseThrow().rows();

        assertThat(labels(rows.get(rows.size() - 3))).containsExactly("Cart");
        assertThat(labels(rows.get(rows.size() - 1))).containsExactly("« Back", "⌂ Home");
        assertThat(payloads(rows.get(rows.size() - 1))).containsExactly("mid.o:0", "root.o:0");
        // 4 rows: Cart, ‹ ›, Back and Home leave one row, 2 items
        assertThat(page.itemCount()).isEqualTo(2);
    }

    @Test
    void signedPayloadsAreMeasuredSignedAndHandedOverUnsigned() {
        PayloadSigner signer = PayloadSigner.hmacSha256("0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        // "shop.i:XXXXXX:0:p\:0\:Product 0" is 31 characters; signed 40: too long for 32-character payloads
        KeyboardRules tight = rules("tight", Shape.of(3, 4, 9), 32);

        MenuPage plain = menu().rules(tight).build().pages(tight).get(0);
        MenuPage signed = menu().rules(tight).signedWith(signer).build().pages(tight).get(0);

        assertThat(payloads(plain).get(0)).endsWith("Product 0");
        assertThat(payloads(signed).get(0)).isEqualTo("shop.i:" + signed.fingerprint() + ":0:");
        assertThat(payloads(signed)).noneMatch(p -> p.contains("|"));
    }

    @Test
    void reportsWhyAMenuCannotFit() {
        items.set(List.of(MenuItem.of("A label far too long", new Product(1, "a"))));

        assertThatThrownBy(() -> menu().build().pages(SMALL)).isInstanceOf(KeyboardFitException.class)
                .hasMessageContaining("items[0].label");
    }

    @Test
    void eachUserSeesTheItemsTheirSourceGivesThem() {
        Menu<Product> cart = Menu.builder("cart", PRODUCT).rules(SMALL).text("Your cart")
                .itemsFor(scope -> products((int) scope.chatId().orElse(0)))
                .build();

        List<MenuPage> ira = cart.pages(SMALL, new MenuScope(SMALL.platform(), OptionalLong.of(3), OptionalLong.of(3)));
        List<MenuPage> oleg = cart.pages(SMALL, new MenuScope(SMALL.platform(), OptionalLong.of(9), OptionalLong.of(9)));

        assertThat(ira).extracting(MenuPage::itemCount).containsExactly(3);
        assertThat(oleg).extracting(MenuPage::itemCount).containsExactly(6, 3);
        assertThat(cart.pages(SMALL).get(0).text()).isEqualTo("Your cart\n\nNothing here yet.");
    }

    @Test
    void refusesBadIdsAndMenusWithoutPlatforms() {
        assertThatThrownBy(() -> Menu.builder("a:b", PRODUCT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a:b");
        assertThatThrownBy(() -> Menu.builder("x".repeat(17), PRODUCT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Menu.builder("shop", PRODUCT).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rules");
    }

    private Menu.Builder<Product> menu() {
        return Menu.builder("shop", PRODUCT).rules(SMALL, ROOMY).text("Products").items(items::get);
    }

    static List<MenuItem<Product>> products(int count) {
        return IntStream.range(0, count)
                .mapToObj(k -> MenuItem.of("Product " + k, new Product(k, "Product " + k))).toList();
    }

    static KeyboardRules rules(String name, Shape inline, int maxPayload) {
        EnumSet<ButtonKind> kinds = EnumSet.of(ButtonKind.CALLBACK, ButtonKind.TEXT);
        return KeyboardRules.builder(new PlatformId(name, name))
                .keyboard(KeyboardType.INLINE, inline, kinds)
                .keyboard(KeyboardType.STANDARD, Shape.of(4, 12), kinds)
                .options(KeyboardType.INLINE, Map.of())
                .options(KeyboardType.STANDARD, Map.of())
                .maxLabelLength(16)
                .payload(new PayloadRule(1, maxPayload, PayloadUnit.CHARS, p -> p, EnumSet.of(ButtonKind.CALLBACK)))
                .build();
    }

    private static List<Integer> rowWidths(Keyboard keyboard) {
        return keyboard.rows().stream().map(List::size).toList();
    }

    private static List<Button> lastRow(MenuPage page) {
        List<List<Button>> rows = page.keyboard().orElseThrow().rows();
        return rows.get(rows.size() - 1);
    }

    private static List<String> labels(List<Button> row) {
        return row.stream().map(Button::label).toList();
    }

    private static List<String> payloads(List<Button> row) {
        return row.stream().map(b -> ((CallbackButton) b).payload()).toList();
    }

    private static List<String> payloads(MenuPage page) {
        return page.keyboard().orElseThrow().rows().stream().flatMap(List::stream)
                .map(b -> ((CallbackButton) b).payload()).toList();
    }
}
