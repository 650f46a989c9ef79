package dev.switchboard.examples.menu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.CallbackButton;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.keyboard.TextButton;
import dev.switchboard.core.menu.Menu;
import dev.switchboard.core.menu.MenuItem;
import dev.switchboard.core.menu.MenuPage;
import dev.switchboard.core.menu.MenuScope;
import dev.switchboard.core.payload.CallbackData;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A menu against the real Telegram and VK rules, for 0 to 500 items of any label: every page of
 * every platform, on inline and on standard keyboards, validates with no ERROR, every item appears exactly once and in order, "page i of
 * n" is right, and ‹ › reach every page and come back.
 */
class MenuPropertiesTest {
    /** An item; its name (the label) rides in the payload where it fits. */
    record Thing(int id, String name) { }

    static final CallbackData<Thing> THING = CallbackData.of("thing", Thing.class);
    private static final List<KeyboardRules> PLATFORMS = List.of(TelegramPlatform.rules(), VkPlatform.rules());

    @Property(tries = 100, seed = "20261203")
    void everyPageOfEveryPlatformFitsAndShowsEveryItemOnce(@ForAll("labels") List<String> generated,
            @ForAll @IntRange(min = 1, max = 5) int width, @ForAll boolean nested, @ForAll boolean standard) {
        // Telegram sends only a text button's label: a standard keyboard cannot repeat one
        List<String> labels = !standard ? generated
                : generated.stream().distinct().filter(label -> !label.equals("‹") && !label.equals("›")).toList();
        List<MenuItem<Thing>> items = IntStream.range(0, labels.size())
                .mapToObj(k -> MenuItem.of(labels.get(k), new Thing(k, labels.get(k)))).toList();
        Menu<Thing> parent = Menu.builder("parent", THING).rules(PLATFORMS.toArray(KeyboardRules[]::new)).build();
        Menu.Builder<Thing> builder = Menu.builder("things", THING).rules(PLATFORMS.toArray(KeyboardRules[]::new))
                .text("Things").widths(width).items(() -> items);
        Menu<Thing> menu = (nested ? builder.parent(parent) : builder).build();

        for (KeyboardRules rules : PLATFORMS) {
            KeyboardType type = standard ? KeyboardType.STANDARD : KeyboardType.INLINE;
            List<MenuPage> pages = menu.pages(rules, MenuScope.of(rules.platform()), type);
            Statistics.label("pages on " + rules.platform().value()).collect(pages.size() > 1 ? "several" : "one");
            List<String> shown = new ArrayList<>();
            for (MenuPage page : pages) {
                assertThat(page.pageCount()).isEqualTo(pages.size());
                assertThat(page.firstItem()).isEqualTo(shown.size());
                if (page.keyboard().isPresent()) {
                    assertThat(page.keyboard().get().type()).isEqualTo(type);
                    assertThat(Validator.validate(page.keyboard().get(), rules).errors())
                            .as("page %s on %s", page.index(), rules.platform()).isEmpty();
                    List<Button> buttons = page.keyboard().get().rows().stream().flatMap(List::stream).toList();
                    buttons.subList(0, page.itemCount()).forEach(button -> shown.add(button.label()));
                }
                if (pages.size() > 1) {
                    assertThat(page.text()).endsWith("Page " + (page.index() + 1) + " of " + pages.size());
                }
            }
            assertThat(shown).as("items on %s", rules.platform()).isEqualTo(labels);
            assertThat(forwardFromFirst(pages)).isEqualTo(pages.size() - 1);
            assertThat(backFromLast(pages)).isEqualTo(0);
        }
        Statistics.label("pages on vk").coverage(c -> c.check("several").percentage(p -> p > 50));
    }

    /** Follows › from the first page; returns the page where there is no › any more. */
    private static int forwardFromFirst(List<MenuPage> pages) {
        int at = 0;
        for (Optional<Integer> next = turn(pages.get(at), "›"); next.isPresent(); next = turn(pages.get(at), "›")) {
            assertThat(next.get()).isEqualTo(at + 1);
            at = next.get();
        }
        return at;
    }

    /** Follows ‹ from the last page; returns the page where there is no ‹ any more. */
    private static int backFromLast(List<MenuPage> pages) {
        int at = pages.size() - 1;
        for (Optional<Integer> back = turn(pages.get(at), "‹"); back.isPresent(); back = turn(pages.get(at), "‹")) {
            assertThat(back.get()).isEqualTo(at - 1);
            at = back.get();
        }
        return at;
    }

    /** Where the button {@code label} of {@code page} turns to: its payload is {@code things.t:<fp>:<from>:<to>}. */
    private static Optional<Integer> turn(MenuPage page, String label) {
        return page.keyboard().stream().flatMap(k -> k.rows().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).findFirst().map(b -> {
                    String payload = b instanceof CallbackButton callback ? callback.payload()
                            : ((TextButton) b).payload().orElseThrow();
                    String[] parts = payload.split(":");
                    assertThat(parts[0]).isEqualTo("things.t");
                    assertThat(parts[1]).isEqualTo(page.fingerprint());
                    assertThat(Integer.parseInt(parts[2])).isEqualTo(page.index());
                    return Integer.parseInt(parts[3]);
                });
    }

    /** 0 to 500 labels of 1–40 UTF-16 units (VK's limit) of ASCII, Cyrillic and emoji. */
    @Provide
    Arbitrary<List<String>> labels() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("😀", "🍕", "👍", "🚀", "🇷🇺", ":", "\\"));
        Arbitrary<String> label = piece.list().ofMinSize(1).ofMaxSize(10).map(chosen -> {
            StringBuilder text = new StringBuilder();
            for (String p : chosen) {
                if (text.length() + p.length() <= 40) {
                    text.append(p);
                }
            }
            return text.isEmpty() ? "x" : text.toString();
        });
        return label.list().ofMaxSize(500).withSizeDistribution(RandomDistribution.uniform());
    }
}
