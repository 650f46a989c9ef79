package dev.switchboard.examples.serve;

import dev.switchboard.core.transport.StreamingResponse;
import dev.switchboard.core.transport.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The playground's files, served from one classpath folder: {@code /} is its {@code index.html},
 * {@code /playground/NAME} its file {@code NAME}. Only plain names are looked up (letters, digits,
 * {@code .}, {@code _}, {@code -} in segments that do not start with a dot), so no request reaches
 * outside the folder; anything else, or a missing file, is 404.
 */
final class StaticFiles {
    /** The classpath folder the playground's files live in. */
    static final String FOLDER = "dev/switchboard/examples/serve/playground/";
    static final String PREFIX = "/playground/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "json", "application/json",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    private final ClassLoader loader;

    StaticFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** Writes the file the request's path names, or a JSON 404. */
    void serve(WebhookRequest request, InputStream ignored, StreamingResponse response) throws IOException {
        String path = request.path();
        String name = path.equals("/") ? "index.html"
                : path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        String type = typeOf(name);
        InputStream file = type == null || !SAFE.matcher(name).matches() || name.contains("..") ? null
                : loader.getResourceAsStream(FOLDER + name);
        if (file == null) {
            notFound(path, response);
            return;
        }
        try (file) {
            response.header("Content-Type", type);
            response.header("Cache-Control", "no-cache");
            response.header("X-Content-Type-Options", "nosniff");
            file.transferTo(response.body());
        }
    }

    /** The Content-Type of a file name by its extension, or null for a type not served. */
    static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void notFound(String path, StreamingResponse response) throws IOException {
        response.status(404);
        response.header("Content-Type", ErrorJson.JSON_TYPE);
        response.body().write(ErrorJson.body("nothing here: " + path).getBytes(StandardCharsets.UTF_8));
    }
}
