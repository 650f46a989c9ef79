package dev.switchboard.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.answer.PressAnswer;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.testkit.FakeTelegram;
import dev.switchboard.testkit.FakeUser;
import dev.switchboard.testkit.FakeVk;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The Spring sample runs the two-button bot on both platforms by long polling, and reports its health. */
@SpringBootTest(properties = "management.endpoint.health.show-details=always")
@AutoConfigureMockMvc
@DirtiesContext
class TwoButtonsApplicationTest {
    static final FakeTelegram TELEGRAM = FakeTelegram.open();
    static final FakeVk VK = FakeVk.builder().requestsPerSecond(0).open();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry properties) {
        properties.add("switchboard.telegram.token", () -> "123:TEST");
        properties.add("switchboard.telegram.api-url", TELEGRAM::apiUrl);
        properties.add("switchboard.vk.token", () -> "vk-test-token");
        properties.add("switchboard.vk.group-id", () -> FakeVk.GROUP_ID);
        properties.add("switchboard.vk.api-url", VK::apiUrl);
    }

    @Autowired Bot bot;
    @Autowired MockMvcTester mvc;

    @BeforeEach
    void attach() {
        TELEGRAM.attach(bot);
        VK.attach(bot);
    }

    @AfterAll
    static void close(@Autowired Bot bot) {
        bot.stop();   // before the fakes go; the context, closed after this class, then finds it stopped
        TELEGRAM.close();
        VK.close();
    }

    @Test
    void pressingAButtonAnswersAndEditsTheMessageOnBothPlatforms() {
        for (FakeUser ira : List.of(TELEGRAM.user("Ira"), VK.user("Ira"))) {
            ira.sends("/start").presses("Button 2");

            assertThat(ira.lastMessage().text()).as(ira.platform().displayName()).isEqualTo("You pressed Button 2");
            assertThat(ira.lastAnswer()).isEqualTo(PressAnswer.toast("You pressed Button 2"));
        }
        assertThat(TELEGRAM.stats().plus(VK.stats()).allPressesAnsweredInTime()).isTrue();
    }

    @Test
    void healthShowsEachPlatformPollingAndItsLastDelivery() {
        TELEGRAM.user("Oleg").sends("/start");

        assertThat(mvc.get().uri("/actuator/health/switchboard/telegram")).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo("UP");
                    assertThat(json).extractingPath("$.details.mode").isEqualTo("long-polling");
                    assertThat(json).extractingPath("$.details.state").isEqualTo("running");
                    assertThat(json).extractingPath("$.details.lastDelivery").asString().isNotEmpty();
                });
        assertThat(mvc.get().uri("/actuator/health/switchboard/vk")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }
}
