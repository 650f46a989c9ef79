package dev.switchboard.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A small W3C WebDriver client on the JDK's HttpClient and Jackson: one browser session, the few
 * commands the playground tests need, every call bounded by a timeout.
 */
final class WebDriverSession implements AutoCloseable {
    /** The W3C key of an element reference in a command's JSON. */
    static final String ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI driver;
    private final String sessionId;

    private WebDriverSession(HttpClient http, URI driver, String sessionId) {
        this.http = http;
        this.driver = driver;
        this.sessionId = sessionId;
    }

    /** Opens a session on the driver at {@code driver} with the given browser binary and arguments. */
    static WebDriverSession open(URI driver, String browserBinary, List<String> browserArgs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObjectNode body = JSON.createObjectNode();
        ObjectNode always = body.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        always.put("pageLoadStrategy", "normal");
        ObjectNode chrome = always.putObject("goog:chromeOptions");
        chrome.put("binary", browserBinary);
        ArrayNode args = chrome.putArray("args");
        browserArgs.forEach(args::add);
        JsonNode value = call(http, "POST", driver.resolve("/session"), body);
        WebDriverSession session = new WebDriverSession(http, driver, value.path("sessionId").asText());
        try {
            ObjectNode timeouts = JSON.createObjectNode().put("pageLoad", 30_000).put("script", 10_000).put("implicit", 0);
            session.command("POST", "/timeouts", timeouts);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Loads {@code url} and waits for the page's load event. */
    void navigate(String url) {
        command("POST", "/url", JSON.createObjectNode().put("url", url));
    }

    /** The element {@code css} selects; fails when there is none. */
    String find(String css) {
        JsonNode value = command("POST", "/element", locator(css));
        return value.path(ELEMENT_KEY).asText();
    }

    /** Every element {@code css} selects, in document order. */
    List<String> findAll(String css) {
        List<String> ids = new ArrayList<>();
        command("POST", "/elements", locator(css)).forEach(node -> ids.add(node.path(ELEMENT_KEY).asText()));
        return ids;
    }

    /** The element's rendered text. */
    String text(String element) {
        return command("GET", "/element/" + element + "/text", null).asText();
    }

    /** The element's attribute, or null when it has none. */
    String attribute(String element, String name) {
        JsonNode value = command("GET", "/element/" + element + "/attribute/" + encode(name), null);
        return value.isNull() ? null : value.asText();
    }

    /** The element's DOM property as text (the {@code value} of a textarea, say). */
    String property(String element, String name) {
        JsonNode value = command("GET", "/element/" + element + "/property/" + encode(name), null);
        return value.isNull() ? null : value.asText();
    }

    /** Whether the element is displayed. */
    boolean displayed(String element) {
        return command("GET", "/element/" + element + "/displayed", null).asBoolean();
    }

    /** Types {@code text} into the element, key by key, as a person would. */
    void type(String element, String text) {
        command("POST", "/element/" + element + "/value", JSON.createObjectNode().put("text", text));
    }

    /** Empties an editable element. */
    void clear(String element) {
        command("POST", "/element/" + element + "/clear", JSON.createObjectNode());
    }

    /** Clicks the element. */
    void click(String element) {
        command("POST", "/element/" + element + "/click", JSON.createObjectNode());
    }

    /** Moves the mouse over the element's centre. */
    void hover(String element) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode pointer = body.putArray("actions").addObject();
        pointer.put("type", "pointer").put("id", "mouse").putObject("parameters").put("pointerType", "mouse");
        ObjectNode move = pointer.putArray("actions").addObject();
        move.put("type", "pointerMove").put("duration", 0).put("x", 0).put("y", 0);
        move.putObject("origin").put(ELEMENT_KEY, element);
        command("POST", "/actions", body);
        command("DELETE", "/actions", null);
    }

    /** Runs {@code script} (a function body; {@code arguments} holds {@code args}) and returns its result. */
    JsonNode execute(String script, Object... args) {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        ArrayNode array = body.putArray("args");
        for (Object arg : args) {
            array.add(JSON.valueToTree(arg));
        }
        return command("POST", "/execute/sync", body);
    }

    /** A PNG of the viewport. */
    byte[] screenshot() {
        return Base64.getDecoder().decode(command("GET", "/screenshot", null).asText());
    }

    /** Polls {@code condition} every 100 ms until it holds; fails after {@code timeout} naming what was awaited. */
    static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Ends the session and closes the browser; never throws. */
    @Override
    public void close() {
        try {
            command("DELETE", "", null);
        } catch (RuntimeException e) {
            System.err.println("WebDriver: could not end the session: " + e.getMessage());
        }
    }

    private JsonNode command(String method, String path, JsonNode body) {
        return call(http, method, driver.resolve("/session/" + sessionId + path), body);
    }

    private static ObjectNode locator(String css) {
        return JSON.createObjectNode().put("using", "css selector").put("value", css);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }

    private static JsonNode call(HttpClient http, String method, URI uri, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("WebDriver " + method + " " + uri.getPath() + " answered "
                        + response.statusCode() + ": " + value.path("error").asText() + ": " + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + uri.getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during WebDriver " + method + " " + uri.getPath(), e);
        }
    }
}
