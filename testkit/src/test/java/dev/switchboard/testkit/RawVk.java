package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A "buggy client" for FakeVk: raw form POSTs with the test token, no validation at all. */
final class RawVk {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI apiUrl;

    RawVk(URI apiUrl) {
        this.apiUrl = apiUrl;
    }

    JsonNode call(String method, Map<String, String> params) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("access_token", "vk-test-token");
        all.put("v", "5.199");
        String form = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(apiUrl.resolve(method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return MAPPER.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** A fixture under src/test/resources, as text. */
    static String fixture(String path) {
        try (InputStream in = RawVk.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode fixtureJson(String path) {
        try {
            return MAPPER.readTree(fixture(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
