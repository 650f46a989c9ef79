package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.PlatformApiException;
import dev.switchboard.core.PlatformId;
import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.event.Change;
import dev.switchboard.core.event.MembershipChange;
import dev.switchboard.core.keyboard.Button;
import dev.switchboard.core.keyboard.KeyboardType;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Simulated users on both platforms, driving a real bot through the real adapters. */
class FakeUserTest {
    @RegisterExtension
    final FakePlatforms fakes = FakePlatforms.telegramAndVk();

    private ScriptedBot scripted() {
        return new ScriptedBot(fakes.platforms(), 0);
    }

    private FakeUser user(String platform, String name) {
        return platform.equals("telegram") ? fakes.telegram().user(name) : fakes.vk().user(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void sendsStartAndPressesByLabelTheBotEditsAndAnswers(String platform) throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = user(platform, "Ira");
            ira.sends("/start");
            assertThat(ira.lastMessage().text()).isEqualTo("Do you like it?");
            assertThat(ira.lastKeyboard()).contains(ScriptedBot.VOTE);
            assertThat(ira.lastMessage().buttonLabels()).containsExactly(List.of("Yes", "No"), List.of("Rules"));

            ira.presses("Yes");

            assertThat(ira.messages()).hasSize(1);
            assertThat(ira.lastMessage().text()).isEqualTo("You voted yes");
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("Thanks!"));
            assertThat(ira.lastMessage().platform().value()).isEqualTo(platform);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void pressesAtAPositionPressesThatButton(String platform) throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = user(platform, "Ira").sends("/start").pressesAt(0, 1);
            assertThat(ira.lastMessage().text()).isEqualTo("You voted no");
            assertThat(ira.answers()).containsExactly(PressAnswer.toast("Noted"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void pressesOnAStandardKeyboardSendTheLabelAndTheBotSeesThePayload(String platform) throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = user(platform, "Ira").sends("/menu");
            assertThat(ira.lastKeyboard().orElseThrow().type()).isEqualTo(KeyboardType.STANDARD);

            ira.presses("Tea");

            assertThat(ira.lastMessage().text()).isEqualTo("One tea coming");
            assertThat(ira.lastKeyboard().orElseThrow().rows().get(0)).as("a standard keyboard stays until removed")
                    .extracting(Button::label).containsExactly("Coffee", "Tea");
            ira.presses("Coffee");
            assertThat(ira.lastMessage().text()).isEqualTo("One coffee coming");
            assertThat(ira.answers()).as("text buttons are not answered").isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void aLinkButtonIsRefusedClearly(String platform) throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = user(platform, "Ira").sends("/start");
            assertThatThrownBy(() -> ira.presses("Rules")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"Rules\" at [1][0]").hasMessageContaining("the bot gets nothing");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void anUnknownLabelListsTheLabelsPresent(String platform) throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = user(platform, "Ira").sends("/start");
            assertThatThrownBy(() -> ira.presses("Maybe")).isInstanceOf(NoSuchElementException.class)
                    .hasMessage("no button \"Maybe\" on the last keyboard; its labels: [[Yes, No], [Rules]]");
            assertThatThrownBy(() -> ira.pressesAt(2, 0)).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("no button at [2][0]");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"telegram", "vk"})
    void anAmbiguousLabelNamesThePositionsAndPressingByPositionWorks(String platform) throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = user(platform, "Ira").sends("/twins");
            assertThatThrownBy(() -> ira.presses("Same")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the label \"Same\" is on the last keyboard 2 times, at [0][0] and [1][1];"
                            + " press by position with pressesAt(row, column)");
            ira.pressesAt(1, 1);
            assertThat(ira.lastAnswer()).as("VK has no alert and shows a snackbar").isEqualTo(
                    platform.equals("telegram") ? PressAnswer.alert("twin:3") : PressAnswer.toast("twin:3"));
        });
    }

    @Test
    void withoutAKeyboardPressingSaysSo() throws Exception {
        fakes.run(scripted().bot, () -> {
            FakeUser ira = fakes.telegram().user("Ira");
            assertThatThrownBy(() -> ira.presses("Yes")).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("Ira (Telegram user").hasMessageContaining("has no keyboard");
            assertThatThrownBy(ira::lastMessage).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(ira::lastAnswer).isInstanceOf(NoSuchElementException.class);
        });
    }

    @Test
    void blockingOnTelegramReachesTheBotAndSendsFailWith403UntilUnblocked() throws Exception {
        ScriptedBot scripted = scripted();
        fakes.run(scripted.bot, () -> {
            FakeUser ira = fakes.telegram().user("Ira").blocks();
            assertThat(scripted.memberships).singleElement().satisfies(change -> {
                assertThat(change.change()).isEqualTo(Change.BLOCKED);
                assertThat(change.userId()).isEqualTo(ira.id());
            });
            assertThatThrownBy(() -> fakes.telegramPlatform().messenger().send(ira.id(), "still there?"))
                    .isInstanceOfSatisfying(PlatformApiException.class, e -> assertThat(e.errorCode()).isEqualTo(403));

            ira.unblocks();
            assertThat(scripted.memberships).last().extracting(MembershipChange::change).isEqualTo(Change.UNBLOCKED);
            fakes.telegramPlatform().messenger().send(ira.id(), "welcome back");
            assertThat(ira.lastMessage().text()).isEqualTo("welcome back");
        });
    }

    @Test
    void blockingOnVkReachesTheBotAndSendsFailWith901UntilUnblocked() throws Exception {
        ScriptedBot scripted = scripted();
        fakes.run(scripted.bot, () -> {
            FakeUser ira = fakes.vk().user("Ira").blocks();
            assertThat(scripted.memberships).singleElement().satisfies(change -> {
                assertThat(change.change()).isEqualTo(Change.BLOCKED);
                assertThat(change.userId()).isEqualTo(ira.id());
            });
            assertThatThrownBy(() -> fakes.vkPlatform().messenger().send(ira.id(), "still there?"))
                    .isInstanceOfSatisfying(PlatformApiException.class, e -> assertThat(e.errorCode()).isEqualTo(901));

            ira.unblocks();
            assertThat(scripted.memberships).last().extracting(MembershipChange::change).isEqualTo(Change.UNBLOCKED);
            fakes.vkPlatform().messenger().send(ira.id(), "welcome back");
            assertThat(ira.lastMessage().text()).isEqualTo("welcome back");
        });
    }

    @Test
    void joiningAndLeavingATelegramGroupReachOnMembership() throws Exception {
        ScriptedBot scripted = scripted();
        fakes.run(scripted.bot, () -> {
            FakeUser ira = fakes.telegram().user("Ira", 555).joins(-1001987654321L).leaves(-1001987654321L);
            assertThat(scripted.memberships).extracting(MembershipChange::change)
                    .containsExactly(Change.JOINED, Change.LEFT);
            assertThat(scripted.memberships).allSatisfy(change -> {
                assertThat(change.userId()).isEqualTo(555);
                assertThat(change.chatId()).isEqualTo(-1001987654321L);
                assertThat(change.platform()).isEqualTo(PlatformId.TELEGRAM);
            });
            assertThatThrownBy(() -> ira.joins(42)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void joiningAndLeavingTheVkCommunityReachOnMembership() throws Exception {
        ScriptedBot scripted = scripted();
        fakes.run(scripted.bot, () -> {
            FakeUser ira = fakes.vk().user("Ira", 612512941).joins(FakeVk.GROUP_ID).leaves(FakeVk.GROUP_ID);
            assertThat(scripted.memberships).extracting(MembershipChange::change)
                    .containsExactly(Change.JOINED, Change.LEFT);
            assertThat(scripted.memberships).allSatisfy(change -> {
                assertThat(change.userId()).isEqualTo(612512941);
                assertThat(change.chatId()).isEqualTo(-FakeVk.GROUP_ID);
                assertThat(change.platform()).isEqualTo(PlatformId.VK);
            });
            assertThatThrownBy(() -> ira.joins(99)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("community 1");
        });
    }

    @Test
    void usersGetDistinctPositiveIdsAndKeepTheirNames() {
        FakeUser ira = fakes.telegram().user("Ira");
        FakeUser oleg = fakes.telegram().user("Oleg");
        FakeUser chosen = fakes.vk().user("Masha", 7);

        assertThat(ira.id()).isPositive().isNotEqualTo(oleg.id());
        assertThat(chosen.id()).isEqualTo(7);
        assertThat(chosen.name()).isEqualTo("Masha");
        assertThat(chosen.platform()).isEqualTo(PlatformId.VK);
        assertThatThrownBy(() -> fakes.vk().user("Nobody", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
