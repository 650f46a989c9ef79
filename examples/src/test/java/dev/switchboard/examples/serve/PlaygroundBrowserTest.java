package dev.switchboard.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.examples.cli.ServeInProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The playground page ({@code GET /} of {@code switchboard serve}) in a real headless Chromium,
 * driven through chromedriver's W3C WebDriver protocol: what a person types is drawn as each
 * platform shows it, marked with the API's violations. Screenshots go to {@code target/playground/}.
 * Skipped, with a message on stderr, where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}
 * is missing.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PlaygroundBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path ARTIFACTS = Path.of("target", "playground");
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServeInProcess server;
    private static ChromeDriverProcess driver;
    private static WebDriverSession browser;
    private static Path profile;

    private static String skipped;

    @BeforeAll
    static void startServiceAndBrowser() throws IOException {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            skipped = "PlaygroundBrowserTest SKIPPED: " + String.join(" and ", missing) + " not found; the playground"
                    + " is not tested in a browser. Install Chromium and its driver with:"
                    + " sudo apt-get install chromium chromium-driver";
            System.err.println(skipped);
            return;
        }
        Files.createDirectories(ARTIFACTS);
        server = ServeInProcess.start(WAIT);
        driver = ChromeDriverProcess.start(CHROMEDRIVER, ARTIFACTS.resolve("chromedriver.log").toAbsolutePath(), WAIT);
        profile = Files.createTempDirectory(ARTIFACTS.toAbsolutePath(), "chromium-profile-");
        browser = WebDriverSession.open(driver.uri(), CHROMIUM.toString(), List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile));
    }

    /** Each test is skipped (and counted as such) when the browser is missing. */
    @BeforeEach
    void requireBrowser() {
        assumeThat(skipped).as(skipped).isNull();
    }

    @AfterAll
    static void stopBrowserAndService() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (driver != null) {
                    driver.close();
                }
            } finally {
                if (server != null) {
                    server.close();
                }
                deleteQuietly(profile);
            }
        }
    }

    @Test
    void drawsATypedLayoutAsEachPlatformShowsItAndMarksWhatTheApiReports() throws IOException {
        String layout = fixture("faulty-layout.json");
        openPlayground();
        enter("layout", layout);
        awaitDrawing(11);

        List<List<String>> labels = List.of(
                List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat"), List.of("", "Help"), List.of("Copy code"),
                List.of("Next week", "Back"));
        assertThat(drawnLabels("telegram")).isEqualTo(labels);
        assertThat(drawnLabels("vk")).isEqualTo(labels);
        assertThat(browser.attribute(browser.find("[data-platform=telegram] .kb"), "data-type")).isEqualTo("inline");
        assertThat(backgroundOf("vk", "rows[3][1]")).isEqualTo("rgb(230, 70, 70)");
        assertThat(backgroundOf("vk", "rows[1][1]")).as("VK ignores a link's style").isEqualTo("rgb(255, 255, 255)");

        assertThat(marks("telegram")).containsExactly(
                mark("rows[1][0]", "error", "LABEL_EMPTY: label is empty"),
                mark("placeholder-chip", "warning", "OPTION_IGNORED: placeholder is ignored on Telegram inline keyboards"));
        assertThat(marks("vk")).containsExactly(
                mark("$", "error", "TOO_MANY_BUTTONS: keyboard has 11 buttons; VK allows 10"),
                mark("rows[0]", "error", "ROW_TOO_WIDE: row 0 has 6 buttons; VK allows 5"),
                mark("rows[1][0]", "error", "LABEL_EMPTY: label is empty"),
                mark("rows[1][1]", "warning", "STYLE_IGNORED: VK ignores the style of link buttons"),
                mark("rows[2][0]", "error", "UNSUPPORTED_BUTTON: copy buttons are not supported on VK inline keyboards"),
                mark("placeholder-chip", "warning", "OPTION_IGNORED: placeholder is ignored on VK inline keyboards"));

        assertThat(listed("telegram")).containsExactly(
                "WARNING OPTION_IGNORED placeholder placeholder is ignored on Telegram inline keyboards",
                "ERROR LABEL_EMPTY rows[1][0].label label is empty");
        assertThat(listed("vk")).containsExactly(
                "ERROR TOO_MANY_BUTTONS $ keyboard has 11 buttons; VK allows 10",
                "WARNING OPTION_IGNORED placeholder placeholder is ignored on VK inline keyboards",
                "ERROR ROW_TOO_WIDE rows[0] row 0 has 6 buttons; VK allows 5",
                "ERROR LABEL_EMPTY rows[1][0].label label is empty",
                "WARNING STYLE_IGNORED rows[1][1].style VK ignores the style of link buttons",
                "ERROR UNSUPPORTED_BUTTON rows[2][0] copy buttons are not supported on VK inline keyboards");
        assertThat(browser.text(browser.find("[data-platform=vk] [data-keyboard-violations]")))
                .as("whole-keyboard violations are shown by the drawing")
                .contains("TOO_MANY_BUTTONS").contains("keyboard has 11 buttons; VK allows 10");

        String copyItem = browser.find("[data-platform=vk] [data-violations] li[data-path=\"rows[2][0]\"]");
        browser.hover(copyItem);
        assertThat(classesOf("vk", "rows[2][0]")).as("hovering a listed violation points at its button").contains("highlight");

        for (String platform : List.of("telegram", "vk")) {
            assertThat(browser.attribute(browser.find(panel(platform) + " [data-verdict]"), "data-valid")).isEqualTo("false");
            assertThat(browser.attribute(browser.find(panel(platform) + " [data-json]"), "data-rejected")).isEqualTo("true");
            assertThat(browser.property(browser.find(panel(platform) + " [data-copy]"), "disabled")).isEqualTo("true");
        }
        screenshot("faulty-layout.png");
    }

    @Test
    void readsATelegramReplyMarkupAndShowsItsConversionForBothPlatforms() throws IOException {
        String markup = fixture("telegram-reply-keyboard.json");
        openPlayground();
        enter("auto", markup);
        awaitDrawing(3);

        assertThat(browser.attribute(browser.find("#detected"), "data-detected")).isEqualTo("telegram");
        assertThat(drawnLabels("telegram")).isEqualTo(List.of(List.of("Send my phone"), List.of("Catalogue", "Cart")));
        assertThat(browser.attribute(browser.find("[data-platform=telegram] .kb"), "data-type")).isEqualTo("standard");
        assertThat(browser.findAll("[data-platform=telegram] .input-field + .kb")).as("the reply keyboard is under the input field").hasSize(1);
        assertThat(browser.text(browser.find("[data-platform=telegram] .input-placeholder"))).isEqualTo("Choose a section");
        assertThat(backgroundOf("telegram", "rows[1][0]")).isEqualTo("rgb(51, 144, 236)");

        assertThat(marks("telegram")).isEmpty();
        assertThat(browser.attribute(browser.find("[data-platform=telegram] [data-verdict]"), "data-valid")).isEqualTo("true");
        JsonNode telegramJson = JSON.readTree(browser.text(browser.find("[data-platform=telegram] [data-json]")));
        assertThat(telegramJson).isEqualTo(JSON.readTree(
                "{\"keyboard\":[[{\"text\":\"Send my phone\",\"request_contact\":true}],[{\"text\":\"Catalogue\",\"style\":\"primary\"},"
                        + "{\"text\":\"Cart\"}]],\"resize_keyboard\":true,\"one_time_keyboard\":true,"
                        + "\"input_field_placeholder\":\"Choose a section\"}"));
        String copy = browser.find("[data-platform=telegram] [data-copy]");
        assertThat(browser.property(copy, "disabled")).isEqualTo("false");
        browser.click(copy);
        WebDriverSession.waitUntil(WAIT, "the Copy button to confirm", () -> "Copied".equals(browser.text(copy)));

        assertThat(marks("vk")).containsExactly(
                mark("rows[0][0]", "error", "UNSUPPORTED_BUTTON: contact buttons are not supported on VK standard keyboards"),
                mark("placeholder-chip", "warning", "OPTION_IGNORED: placeholder is ignored on VK standard keyboards"));
        assertThat(browser.attribute(browser.find("[data-platform=vk] [data-json]"), "data-rejected")).isEqualTo("true");
        screenshot("telegram-reply-markup.png");
    }

    @Test
    void aShareLinkBringsBackTheSameKeyboard() throws IOException {
        String markup = fixture("telegram-reply-keyboard.json");
        openPlayground();
        enter("telegram", markup);
        awaitDrawing(3);
        browser.click(browser.find("#share"));
        String link = browser.property(browser.find("#share-url"), "value");
        assertThat(link).startsWith(server.baseUrl() + "#from=telegram&k=");

        browser.navigate("about:blank");
        browser.navigate(link);
        awaitDrawing(3);
        assertThat(browser.property(browser.find("#editor"), "value")).isEqualTo(markup);
        assertThat(browser.property(browser.find("#format"), "value")).isEqualTo("telegram");
        assertThat(drawnLabels("vk")).isEqualTo(List.of(List.of("Send my phone"), List.of("Catalogue", "Cart")));
    }

    @Test
    void showsUnusableInputNextToTheEditor() throws IOException {
        openPlayground();
        enter("layout", "{\"type\": \"inline\",\n \"rows\": [[{\"kind\": \"poll\", \"label\": \"Q\"}]]}");
        WebDriverSession.waitUntil(WAIT, "the input error", () -> "input-error".equals(state()));

        String error = browser.find("#input-error");
        assertThat(browser.displayed(error)).isTrue();
        assertThat(browser.text(browser.find("#input-error-message")))
                .contains("line 2").contains("rows[0][0].kind").contains("unknown kind \"poll\"");
        assertThat(browser.attribute(browser.find("#editor"), "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute(browser.find(".platforms"), "data-stale"))
                .as("the drawings of the last readable keyboard are dimmed").isEqualTo("true");
        screenshot("input-error.png");
    }

    // ---- helpers ----

    private static void openPlayground() {
        browser.navigate(server.baseUrl());
        WebDriverSession.waitUntil(WAIT, "the page's first preview", () -> !"idle".equals(state()) && !"loading".equals(state()));
    }

    /** Picks the format, empties the editor and types {@code text} into it key by key. */
    private static void enter(String format, String text) {
        browser.click(browser.find("#format option[value=\"" + format + "\"]"));
        String editor = browser.find("#editor");
        browser.clear(editor);
        browser.type(editor, text);
        assertThat(browser.property(editor, "value")).isEqualTo(text);
    }

    /** Waits until the API's answer for the whole text is drawn: {@code buttons} buttons on each platform. */
    private static void awaitDrawing(int buttons) {
        WebDriverSession.waitUntil(WAIT, buttons + " buttons drawn for each platform", () ->
                "done".equals(state())
                        && browser.findAll("[data-platform=telegram] .kb-btn").size() == buttons
                        && browser.findAll("[data-platform=vk] .kb-btn").size() == buttons);
    }

    private static String state() {
        return browser.execute("return document.body.getAttribute('data-state');").asText();
    }

    private static String panel(String platform) {
        return "[data-platform=" + platform + "]";
    }

    /** The labels of the drawn buttons, row by row. */
    private static List<List<String>> drawnLabels(String platform) {
        JsonNode rows = browser.execute("return Array.from(document.querySelectorAll(arguments[0] + ' .kb-row'))"
                + ".map(r => Array.from(r.querySelectorAll('.kb-btn')).map(b => b.getAttribute('data-label')));", panel(platform));
        List<List<String>> labels = new ArrayList<>();
        rows.forEach(row -> {
            List<String> list = new ArrayList<>();
            row.forEach(label -> list.add(label.asText()));
            labels.add(list);
        });
        return labels;
    }

    private static String backgroundOf(String platform, String path) {
        return browser.execute("return getComputedStyle(document.querySelector(arguments[0])).backgroundColor;",
                panel(platform) + " .kb-btn[data-path=\"" + path + "\"]").asText();
    }

    private static String classesOf(String platform, String path) {
        return browser.attribute(browser.find(panel(platform) + " [data-drawing] [data-path=\"" + path + "\"]"), "class");
    }

    /** Every marked element of the drawing, in document order: its path, its severity and its hover text. */
    private static List<Map<String, String>> marks(String platform) {
        JsonNode marked = browser.execute("return Array.from(document.querySelectorAll(arguments[0] + ' [data-drawing] "
                + ".violation-error, ' + arguments[0] + ' [data-drawing] .violation-warning')).map(e => ({path: e.getAttribute('data-path'),"
                + " severity: e.classList.contains('violation-error') ? 'error' : 'warning', title: e.getAttribute('title')}));",
                panel(platform));
        List<Map<String, String>> marks = new ArrayList<>();
        marked.forEach(m -> marks.add(mark(m.path("path").asText(), m.path("severity").asText(), m.path("title").asText())));
        return marks;
    }

    private static Map<String, String> mark(String path, String severity, String title) {
        return Map.of("path", path, "severity", severity, "title", title);
    }

    /** The violation list as the page shows it: severity, code, path and message per item. */
    private static List<String> listed(String platform) {
        return browser.findAll(panel(platform) + " [data-violations] li").stream().map(browser::text).toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(ARTIFACTS.resolve(name), browser.screenshot());
    }

    private static String fixture(String name) {
        try (InputStream in = PlaygroundBrowserTest.class.getResourceAsStream("/playground/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /playground/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("PlaygroundBrowserTest: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
