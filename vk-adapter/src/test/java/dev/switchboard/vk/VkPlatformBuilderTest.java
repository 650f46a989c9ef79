package dev.switchboard.vk;

import static dev.switchboard.vk.VkTestSupport.TOKEN;
import static dev.switchboard.vk.VkTestSupport.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.testing.TokenLeakCheck;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's checks, and that neither it nor the platform ever shows the token. */
@ExtendWith(TokenLeakCheck.class)
class VkPlatformBuilderTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "123456:TEST-TOKEN-must-not-leak ", "123456:TEST TOKEN-must-not-leak",
        "123456:TEST-TOKEN-must-not-leak\n"})
    void rejectsATokenThatIsEmptyOrHasWhitespaceWithoutRepeatingIt(String token) {
        IllegalArgumentException error = thrown(IllegalArgumentException.class, () -> VkPlatform.builder(token));

        assertThat(error).hasMessage("token must be non-empty and contain no whitespace");
        if (!token.isBlank()) {
            assertThat(error.getMessage()).doesNotContain(token.strip()).doesNotContain("TEST");
        }
    }

    @Test
    void toStringNeverShowsTheToken() {
        VkPlatform.Builder builder = VkPlatform.builder(TOKEN).groupId(218375169);
        VkPlatform platform = builder.build();

        assertThat(platform).hasToString("VkPlatform[apiUrl=https://api.vk.com/method/, groupId=218375169,"
                + " rateLimit=20.0/s]");
        assertThat(builder).hasToString("VkPlatform.Builder[apiUrl=https://api.vk.com/method/]");
        TokenLeakCheck.scan("toString", platform + " " + builder + " " + platform.messenger() + " "
                + platform.longPoll());
    }

    @Test
    void addsTheMissingTrailingSlashToTheApiUrl() {
        assertThat(VkPlatform.builder(TOKEN).apiUrl(URI.create("http://localhost:8081/method")).rateLimits(false)
                .build()).hasToString("VkPlatform[apiUrl=http://localhost:8081/method/, rateLimit=off]");
    }

    @Test
    void checksItsSettings() {
        VkPlatform.Builder builder = VkPlatform.builder(TOKEN);

        thrown(IllegalArgumentException.class, () -> builder.apiUrl(URI.create("ftp://example.com/")));
        thrown(IllegalArgumentException.class, () -> builder.apiUrl(URI.create("/method/")));
        thrown(IllegalArgumentException.class, () -> builder.apiUrl(URI.create("https://api.vk.com/method/?x=1")));
        thrown(IllegalArgumentException.class, () -> builder.groupId(0));
        thrown(IllegalArgumentException.class, () -> builder.groupId(-218375169));
        thrown(IllegalArgumentException.class, () -> builder.requestsPerSecond(0));
        thrown(IllegalArgumentException.class, () -> builder.requestsPerSecond(Double.NaN));
        thrown(IllegalArgumentException.class, () -> builder.requestTimeout(Duration.ZERO));
        thrown(NullPointerException.class, () -> builder.retryPolicy(null));
        thrown(NullPointerException.class, () -> builder.listener(null));
        thrown(NullPointerException.class, () -> VkPlatform.builder(null));
    }

    @Test
    void theLeakCheckFindsThePlainAndTheUrlEncodedToken() {
        assertThatThrownBy(() -> TokenLeakCheck.scan("test", "token " + TOKEN)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> TokenLeakCheck.scan("test", URLEncoder.encode(TOKEN, StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> TokenLeakCheck.scan(new IllegalStateException("wrapper",
                new java.io.IOException("access_token=" + TOKEN)))).isInstanceOf(AssertionError.class);
    }
}
