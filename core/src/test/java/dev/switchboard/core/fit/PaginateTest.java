package dev.switchboard.core.fit;

import static dev.switchboard.core.fit.ReflowTest.flat;
import static dev.switchboard.core.fit.ReflowTest.widths;
import static dev.switchboard.core.fit.ToyRules.LABEL_BUDGET;
import static dev.switchboard.core.fit.ToyRules.RULES;
import static dev.switchboard.core.fit.ToyRules.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.KeyboardType;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link KeyboardFitter#paginate} on the toy platform: inline rows of 3, 4 rows, 9 buttons. */
class PaginateTest {
    private static final PageRows NAVIGATION = (page, count) -> List.of(List.of(
            Button.callback("‹", "page:" + (page - 1)), Button.callback("›", "page:" + (page + 1))));

    private final KeyboardFitter fitter = KeyboardFitter.of(RULES);

    @Test
    void putsAsManyItemsOnAPageAsFitWithItsNavigation() {
        // 9 buttons at most, 2 of them navigation: 7 items in rows of 3, 3, 1, plus the navigation row.
        Pages pages = fitter.paginate(KeyboardType.INLINE, items(20), NAVIGATION);

        assertThat(pages.itemsPerPage()).isEqualTo(7);
        assertThat(pages.pageCount()).isEqualTo(3);
        assertThat(widths(pages.page(0).keyboard())).containsExactly(3, 3, 1, 2);
        assertThat(pages.page(2).itemCount()).isEqualTo(6);
        assertThat(pages.pages()).allSatisfy(page ->
                assertThat(Validator.validate(page.keyboard(), RULES).isValid()).isTrue());
    }

    @Test
    void showsEveryItemOnceInOrder() {
        Pages pages = fitter.paginate(KeyboardType.INLINE, items(20), NAVIGATION);

        List<Button> shown = new ArrayList<>();
        pages.pages().forEach(page -> shown.addAll(flat(page.keyboard()).subList(0, page.itemCount())));
        assertThat(shown).isEqualTo(items(20));
        assertThat(pages.pageOf(13)).isEqualTo(1);
    }

    @Test
    void fitsRowsAsWellAsButtons() {
        // Rows of 1: 3 item rows and the navigation row fill the 4 rows.
        Pages pages = fitter.widths(1).paginate(KeyboardType.INLINE, items(10), NAVIGATION);

        assertThat(pages.itemsPerPage()).isEqualTo(3);
        assertThat(pages.pageCount()).isEqualTo(4);
    }

    @Test
    void putsNoMoreItemsOnAPageThanAsked() {
        Pages pages = fitter.pageSize(4).paginate(KeyboardType.INLINE, items(10), NAVIGATION);

        assertThat(pages.itemsPerPage()).isEqualTo(4);
        assertThat(pages.pageCount()).isEqualTo(3);
    }

    @Test
    void letsTheFixedRowsDependOnThePageCount() {
        PageRows onlyWhenPaged = (page, count) -> count == 1 ? List.of() : NAVIGATION.rows(page, count);

        assertThat(fitter.paginate(KeyboardType.INLINE, items(9), onlyWhenPaged).pageCount()).isEqualTo(1);
        assertThat(fitter.paginate(KeyboardType.INLINE, items(10), onlyWhenPaged).itemsPerPage()).isEqualTo(7);
    }

    @Test
    void reflowsFixedRowsThatAreTooWide() {
        PageRows wide = (page, count) -> List.of(items(5).stream()
                .<Button>map(b -> Button.callback("n" + b.label(), "n" + b.label())).toList());

        Pages pages = fitter.paginate(KeyboardType.INLINE, items(4), wide);

        assertThat(widths(pages.page(0).keyboard())).containsExactly(3, 1, 3, 2);
    }

    @Test
    void givesItemsThatMustBeAloneRowsOfTheirOwn() {
        List<Button> items = List.of(Button.callback("a", "a"), Button.location(), Button.callback("b", "b"));

        Pages pages = fitter.paginate(KeyboardType.INLINE, items);

        assertThat(widths(pages.page(0).keyboard())).containsExactly(1, 1, 1);
    }

    @Test
    void shrinksPagesUntilAKeyboardWideRuleThatIsNotACountPasses() {
        // Labels "i0".."i9" take 2 characters each, navigation 2 in all; the toy allows 20 in all.
        Pages pages = KeyboardFitter.of(LABEL_BUDGET).paginate(KeyboardType.INLINE, items(10), NAVIGATION);

        assertThat(pages.itemsPerPage()).isEqualTo(7);
        Pages tighter = KeyboardFitter.of(LABEL_BUDGET).paginate(KeyboardType.INLINE, items(30).subList(10, 30),
                NAVIGATION);
        assertThat(tighter.itemsPerPage()).isEqualTo(6);
        assertThat(tighter.pages()).allSatisfy(page ->
                assertThat(Validator.validate(page.keyboard(), LABEL_BUDGET).isValid()).isTrue());
    }

    @Test
    void givesOnePageOfFixedRowsWhenThereAreNoItems() {
        Pages pages = fitter.paginate(KeyboardType.INLINE, List.of(), NAVIGATION);

        assertThat(pages.pageCount()).isEqualTo(1);
        assertThat(pages.itemsPerPage()).isZero();
        assertThat(widths(pages.page(0).keyboard())).containsExactly(2);
    }

    @Test
    void reportsThatNothingCanBeShownWithoutItemsOrFixedRows() {
        assertThatThrownBy(() -> fitter.paginate(KeyboardType.INLINE, List.of()))
                .isInstanceOfSatisfying(KeyboardFitException.class, e ->
                        assertThat(e.reason().code()).isEqualTo(ViolationCode.EMPTY_KEYBOARD));
    }

    @Test
    void reportsFixedRowsThatLeaveNoRoomForASingleItem() {
        PageRows crowded = (page, count) -> List.of(items(3), items(3), items(3));

        assertThatThrownBy(() -> fitter.paginate(KeyboardType.INLINE, items(5), crowded))
                .isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(ViolationCode.TOO_MANY_BUTTONS);
                    assertThat(e.reason().path()).isEqualTo("$");
                    assertThat(e.reason().limit()).isEqualTo(OptionalLong.of(9));
                    assertThat(e.reason().actual()).isEqualTo(OptionalLong.of(10));
                    assertThat(e.reason().message()).contains("1 item(s) and 9 fixed button(s) make 10 buttons");
                });
    }

    @Test
    void reportsFixedRowsThatLeaveNoRowForAnItem() {
        PageRows tall = (page, count) -> List.of(items(1), items(1), items(1), items(1));

        assertThatThrownBy(() -> fitter.paginate(KeyboardType.INLINE, items(5), tall))
                .isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(ViolationCode.TOO_MANY_ROWS);
                    assertThat(e.reason().limit()).isEqualTo(OptionalLong.of(4));
                    assertThat(e.reason().actual()).isEqualTo(OptionalLong.of(5));
                });
    }

    @Test
    void reportsEveryItemThatIsInvalidWhateverThePage() {
        List<Button> items = new ArrayList<>(items(6));
        items.set(3, Button.callback("ok", "a payload far over sixteen"));
        items.set(5, Button.callback("", "p5"));

        assertThatThrownBy(() -> fitter.paginate(KeyboardType.INLINE, items, NAVIGATION))
                .isInstanceOfSatisfying(KeyboardFitException.class, e ->
                        assertThat(e.report().errors()).extracting(v -> v.path() + " " + v.code())
                                .containsExactly("items[3].payload PAYLOAD_TOO_LONG", "items[5].label LABEL_EMPTY"));
    }

    @Test
    void reportsAnInvalidFixedButtonAtItsPlaceInTheFixedRows() {
        PageRows bad = (page, count) -> List.of(List.of(Button.callback("back", "back"),
                Button.callback("next", "next page of the long list")));

        assertThatThrownBy(() -> fitter.paginate(KeyboardType.INLINE, items(3), bad))
                .isInstanceOfSatisfying(KeyboardFitException.class, e -> {
                    assertThat(e.reason().path()).isEqualTo("fixed[0][1].payload");
                    assertThat(e.reason().message()).startsWith("page 1 of 1: ");
                });
    }

    @Test
    void tellsWhichPageShowsAnItemAndWhichPagesAreFirstAndLast() {
        Pages pages = fitter.paginate(KeyboardType.INLINE, items(20), NAVIGATION);

        assertThat(pages.pageOf(0)).isZero();
        assertThat(pages.pageOf(7)).isEqualTo(1);
        assertThat(pages.pageOf(19)).isEqualTo(2);
        assertThat(pages.page(0).isFirst()).isTrue();
        assertThat(pages.page(2).isLast()).isTrue();
        assertThat(pages.page(1).firstItem()).isEqualTo(7);
        assertThatThrownBy(() -> pages.pageOf(20)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void namesFixedRowsThatAreNull() {
        assertThatThrownBy(() -> fitter.paginate(KeyboardType.INLINE, items(3), (page, count) -> null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("PageRows returned null");
    }

    @Test
    void refusesToPaginateAKeyboardThatRemoves() {
        assertThatThrownBy(() -> fitter.paginate(KeyboardType.REMOVE, items(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
