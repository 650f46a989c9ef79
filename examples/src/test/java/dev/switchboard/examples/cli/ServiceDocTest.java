package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The curl examples of docs/service.md still answer what the page shows. */
@Timeout(60)
class ServiceDocTest {
    private static final Path DOC = Path.of("..", "docs", "service.md");
    /** {@code curl -s [-w '%{http_code}\n'] [--data-binary @FILE] 'http://HOST:PORT/PATH'}, the forms replayed here. */
    private static final Pattern CURL = Pattern.compile(
            "\\$ curl -s (-w '%\\{http_code\\}\\\\n' )?(--data-binary @(\\S+) )?'http://127\\.0\\.0\\.1:\\d+(/\\S*)'");

    @Test
    void everyCurlExampleAnswersWhatThePageShows() throws Exception {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int replayed = 0;
        HttpClient http = HttpClient.newHttpClient();
        try (ServeFixture serve = new ServeFixture()) {
            for (int i = 0; i < lines.size(); i++) {
                Matcher curl = CURL.matcher(lines.get(i));
                if (!curl.matches()) {
                    continue;
                }
                List<String> shown = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                    shown.add(lines.get(j));
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(serve.uri(curl.group(4)))
                        .timeout(Duration.ofSeconds(20));
                if (curl.group(3) != null) {
                    request.POST(HttpRequest.BodyPublishers.ofFile(Path.of("..", curl.group(3))));
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String answer = response.body() + (curl.group(1) != null ? response.statusCode() + "\n" : "");

                assertThat(answer.lines().toList()).as(lines.get(i)).isEqualTo(shown);
                replayed++;
            }
        }
        assertThat(replayed).as("curl examples replayed").isGreaterThanOrEqualTo(10);
    }
}
