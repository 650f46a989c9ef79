package dev.switchboard.examples.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.fit.KeyboardFitException;
import dev.switchboard.core.fit.KeyboardFitter;
import dev.switchboard.core.fit.Page;
import dev.switchboard.core.fit.PageRows;
import dev.switchboard.core.fit.Pages;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.keyboard.KeyboardBuilder;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.KeyboardRules;
import dev.switchboard.core.validate.Shape;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The fitter against the real Telegram and VK rules, for any list: every page it returns passes the
 * platform's validator, every item appears exactly once and in order, and the page count is the
 * smallest for the page size; reflowing keeps every button in order.
 */
class FitterPropertiesTest {
    /** Codes a layout can cause; anything else in a reflow failure would be a wrong report. */
    private static final Set<ViolationCode> LAYOUT = Set.of(ViolationCode.TOO_MANY_ROWS,
            ViolationCode.TOO_MANY_BUTTONS, ViolationCode.MARKUP_TOO_LARGE, ViolationCode.MARKUP_TOO_LONG);

    @Property(tries = 200, seed = "20261203")
    void everyPageFitsAndShowsEveryItemOnceInOrder(@ForAll("labels") List<String> labels,
            @ForAll("platforms") KeyboardRules rules, @ForAll("types") KeyboardType type,
            @ForAll("widths") int[] widths, @ForAll boolean navigation) {
        List<Button> items = items(labels, rules, type);
        PageRows fixed = navigation ? navigation(type) : PageRows.none();
        KeyboardFitter fitter = widths.length == 0 ? KeyboardFitter.of(rules) : KeyboardFitter.of(rules).widths(widths);

        if (items.isEmpty() && !navigation) {
            assertThatThrownBy(() -> fitter.paginate(type, items, fixed)).isInstanceOfSatisfying(
                    KeyboardFitException.class, e -> assertThat(e.reason().code()).isEqualTo(ViolationCode.EMPTY_KEYBOARD));
            return;
        }
        Pages pages = fitter.paginate(type, items, fixed);
        Statistics.label("pages").collect(pages.pageCount() > 1 ? "several" : "one");
        Statistics.label("pages").coverage(c -> c.check("several").percentage(p -> p > 30));
        boolean shrunk = pages.pageCount() > 1 && pages.itemsPerPage() < rules.shape(type).maxButtons() - 4;
        Statistics.label("Telegram inline pages shrunk by the markup size").collect(
                rules == TelegramPlatform.rules() && type == KeyboardType.INLINE && shrunk);
        Statistics.label("Telegram inline pages shrunk by the markup size").coverage(c -> c.check(true).count(n -> n > 0));

        List<Button> shown = new ArrayList<>();
        for (Page page : pages.pages()) {
            assertThat(Validator.validate(page.keyboard(), rules).errors()).as("page %s", page.index()).isEmpty();
            assertThat(page.firstItem()).isEqualTo(shown.size());
            List<Button> buttons = page.keyboard().rows().stream().flatMap(List::stream).toList();
            shown.addAll(buttons.subList(0, page.itemCount()));
            if (!page.isLast()) {
                assertThat(page.itemCount()).isEqualTo(pages.itemsPerPage());
            }
        }
        assertThat(shown).isEqualTo(items);
        int expectedPages = items.isEmpty() ? 1 : (items.size() + pages.itemsPerPage() - 1) / pages.itemsPerPage();
        assertThat(pages.pageCount()).isEqualTo(expectedPages);
        assertThat(pages.itemsPerPage()).isLessThanOrEqualTo(rules.shape(type).maxButtons());
    }

    @Property(tries = 200, seed = "20261203")
    void reflowKeepsEveryButtonInOrderOrSaysWhichLimitNoLayoutMeets(
            @ForAll("rows") List<List<String>> rows, @ForAll("platforms") KeyboardRules rules,
            @ForAll("types") KeyboardType type, @ForAll("widths") int[] widths, @ForAll boolean vkExtras) {
        KeyboardBuilder builder = Keyboard.builder(type);
        List<Button> given = new ArrayList<>();
        for (List<String> labels : rows) {
            List<Button> row = new ArrayList<>(items(labels, rules, type));
            if (vkExtras && rules == VkPlatform.rules() && !row.isEmpty()) {
                row.add(row.size() / 2, Button.location());
            }
            builder.row(row);
            given.addAll(row);
        }
        Keyboard keyboard = builder.build();
        KeyboardFitter fitter = widths.length == 0 ? KeyboardFitter.of(rules) : KeyboardFitter.of(rules).widths(widths);

        Keyboard fitted;
        try {
            fitted = fitter.reflow(keyboard);
            Statistics.label("reflow").collect("fitted");
            Statistics.label("reflow").coverage(c -> c.check("fitted").percentage(p -> p > 30));
        } catch (KeyboardFitException e) {
            Statistics.label("reflow").collect("cannot fit " + e.reason().code());
            Shape shape = rules.shape(type);
            assertThat(e.report().errors()).allSatisfy(v -> assertThat(v.code()).isIn(
                    union(LAYOUT, ViolationCode.EMPTY_KEYBOARD)));
            assertThat(given.size() > shape.maxButtons() || given.isEmpty()
                    || e.report().errors().stream().anyMatch(v -> !v.code().equals(ViolationCode.TOO_MANY_BUTTONS)))
                    .isTrue();
            e.report().errors().stream().filter(v -> v.code() == ViolationCode.TOO_MANY_BUTTONS)
                    .forEach(v -> assertThat(v.actual().getAsLong()).isEqualTo(given.size()));
            return;
        }
        assertThat(Validator.validate(fitted, rules).errors()).isEmpty();
        assertThat(fitted.rows().stream().flatMap(List::stream).toList()).isEqualTo(given);
    }

    @Property(tries = 100, seed = "20261203")
    void anItemNoLayoutCanShowIsReportedAtItsIndex(@ForAll @IntRange(min = 1, max = 60) int count,
            @ForAll @IntRange(min = 0, max = 59) int bad) {
        int index = bad % count;
        List<Button> items = new ArrayList<>(items(java.util.Collections.nCopies(count, "ok"), VkPlatform.rules(),
                KeyboardType.INLINE));
        items.set(index, Button.callback("x".repeat(41), "bad"));

        assertThatThrownBy(() -> KeyboardFitter.of(VkPlatform.rules()).paginate(KeyboardType.INLINE, items))
                .isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    Violation reason = e.reason();
                    assertThat(reason.code()).isEqualTo(ViolationCode.LABEL_TOO_LONG);
                    assertThat(reason.path()).isEqualTo("items[" + index + "].label");
                    assertThat(reason.actual().getAsLong()).isEqualTo(41);
                });
    }

    /** Callback buttons on inline keyboards, text buttons on standard ones; payloads unique. */
    private static List<Button> items(List<String> labels, KeyboardRules rules, KeyboardType type) {
        List<Button> items = new ArrayList<>(labels.size());
        for (int k = 0; k < labels.size(); k++) {
            items.add(type == KeyboardType.INLINE ? Button.callback(labels.get(k), "item:" + k)
                    : Button.text(labels.get(k)));
        }
        return items;
    }

    /** "‹ i/n ›" when there is more than one page, and "Home" on every page. */
    private static PageRows navigation(KeyboardType type) {
        return (page, count) -> {
            List<Button> home = List.of(button(type, "Home", "home"));
            if (count == 1) {
                return List.of(home);
            }
            List<Button> row = new ArrayList<>();
            if (page > 0) {
                row.add(button(type, "‹", "page:" + (page - 1)));
            }
            row.add(button(type, (page + 1) + "/" + count, "page:" + page));
            if (page < count - 1) {
                row.add(button(type, "›", "page:" + (page + 1)));
            }
            return List.of(row, home);
        };
    }

    private static Button button(KeyboardType type, String label, String payload) {
        return type == KeyboardType.INLINE ? Button.callback(label, payload) : Button.text(label);
    }

    private static Set<ViolationCode> union(Set<ViolationCode> codes, ViolationCode more) {
        java.util.EnumSet<ViolationCode> all = java.util.EnumSet.copyOf(codes);
        all.add(more);
        return all;
    }

    /**
     * Up to 500 labels; in one list of four every label is 20 emoji (40 UTF-16 units, 80 UTF-8 bytes), so
     * Telegram's markup size, not only its button count, limits the pages.
     */
    @Provide
    Arbitrary<List<String>> labels() {
        Arbitrary<String> longest = Arbitraries.just("🚀".repeat(20));
        Arbitrary<List<String>> mixed = label().list().ofMaxSize(500).withSizeDistribution(RandomDistribution.uniform());
        Arbitrary<List<String>> longOnes = longest.list().ofMaxSize(500).withSizeDistribution(RandomDistribution.uniform());
        return Arbitraries.frequencyOf(Tuple.of(3, mixed), Tuple.of(1, longOnes));
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        return label().list().ofMaxSize(15).withSizeDistribution(RandomDistribution.uniform()).list()
                .ofMinSize(1).ofMaxSize(12);
    }

    /**
     * Labels of 1–40 UTF-16 units (VK's limit) of ASCII, Cyrillic and emoji, an emoji counting 2 and never
     * cut in half.
     */
    private static Arbitrary<String> label() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("😀", "🍕", "👍", "🚀", "🇷🇺"));
        return piece.list().ofMinSize(1).ofMaxSize(10).map(chosen -> {
            StringBuilder label = new StringBuilder();
            for (String p : chosen) {
                if (label.length() + p.length() <= 40) {
                    label.append(p);
                }
            }
            return label.isEmpty() ? "x" : label.toString();
        });
    }

    @Provide
    Arbitrary<KeyboardRules> platforms() {
        return Arbitraries.of(TelegramPlatform.rules(), VkPlatform.rules());
    }

    @Provide
    Arbitrary<KeyboardType> types() {
        return Arbitraries.of(KeyboardType.INLINE, KeyboardType.STANDARD);
    }

    /** No preference (rows as wide as allowed), or a pattern of 1–3 widths of 1–15. */
    @Provide
    Arbitrary<int[]> widths() {
        return Arbitraries.integers().between(1, 15).array(int[].class).ofMaxSize(3);
    }
}
