package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.core.testing.TokenLeakCheck;
import dev.switchboard.core.transport.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared pieces of the client tests: the fake token, a fast retry policy, fixtures and form bodies. */
final class VkTestSupport {
    static final String TOKEN = TokenLeakCheck.TOKEN;
    /** Three attempts, 5 ms then 10 ms, no jitter. */
    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 0,
            Duration.ofSeconds(1));
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Parameters whose values are JSON text, compared as JSON. */
    private static final Set<String> JSON_PARAMS = Set.of("keyboard", "event_data");

    private VkTestSupport() {
    }

    /** A platform talking to {@code wm}, with {@link #FAST} retries and no rate limit. */
    static VkPlatform.Builder platform(WireMockExtension wm) {
        return VkPlatform.builder(TOKEN)
                .apiUrl(URI.create(wm.baseUrl() + "/method/"))
                .retryPolicy(FAST)
                .rateLimits(false);
    }

    static String fixture(String name) {
        return new String(VkSamples.bytes(name), StandardCharsets.UTF_8);
    }

    /** The POSTs made to VK method {@code method}, oldest first. */
    static List<LoggedRequest> calls(WireMockExtension wm, String method) {
        return all(wm).stream()
                .filter(r -> RequestMethod.POST.equals(r.getMethod()) && r.getUrl().equals("/method/" + method))
                .toList();
    }

    /** Every request the server got, oldest first (the journal lists the newest first). */
    static List<LoggedRequest> all(WireMockExtension wm) {
        List<LoggedRequest> requests = new ArrayList<>(wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .toList());
        Collections.reverse(requests);
        return requests;
    }

    /** The form body's parameters, decoded, in order. */
    static Map<String, String> form(LoggedRequest request) {
        assertThat(request.getHeader("Content-Type")).isEqualTo(FORM);
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            assertThat(eq).as("form pair %s", pair).isPositive();
            String previous = params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            assertThat(previous).as("parameter sent once").isNull();
        }
        return params;
    }

    /**
     * Asserts that the form body equals the fixture, parameter by parameter ({@code keyboard} and
     * {@code event_data} compared as JSON), leaving {@code random_id} aside: it is returned.
     */
    static String assertForm(LoggedRequest request, String fixture) {
        Map<String, String> params = form(request);
        String randomId = params.remove("random_id");
        ObjectNode actual = MAPPER.createObjectNode();
        params.forEach((name, value) -> actual.set(name, JSON_PARAMS.contains(name) ? tree(value)
                : actual.textNode(value)));
        assertThat(actual).isEqualTo(tree(fixture(fixture)));
        return randomId;
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code call} throws, checked to be a {@code type} and free of the token. */
    static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
        T error = catchThrowableOfType(type, call);
        assertThat(error).as("expected %s", type.getSimpleName()).isNotNull();
        return TokenLeakCheck.scan(error);
    }
}
