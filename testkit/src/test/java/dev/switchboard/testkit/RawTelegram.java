package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A "buggy client": raw java.net.http calls to the fake, with no validation at all. */
final class RawTelegram {
    static final ObjectMapper MAPPER = new ObjectMapper();

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode result() {
            return json().get("result");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    RawTelegram(URI apiUrl) {
        this.base = URI.create(apiUrl + "/bot123:TEST/");
    }

    Response call(String method, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(method)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** The real error body, as recorded in telegram-adapter/src/test/resources/telegram. */
    static JsonNode sample(String name) throws IOException {
        try (InputStream in = RawTelegram.class.getResourceAsStream("/telegram/" + name + ".json")) {
            return MAPPER.readTree(in);
        }
    }

    static String inlineMarkup(String... callbackData) {
        StringBuilder row = new StringBuilder();
        for (String data : callbackData) {
            if (row.length() > 0) {
                row.append(',');
            }
            row.append("{\"text\":\"b\",\"callback_data\":\"").append(data).append("\"}");
        }
        return "{\"inline_keyboard\":[[" + row + "]]}";
    }
}
