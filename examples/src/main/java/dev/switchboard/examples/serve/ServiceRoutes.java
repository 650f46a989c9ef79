package dev.switchboard.examples.serve;

import dev.switchboard.core.transport.StreamingHandler;
import dev.switchboard.core.transport.StreamingResponse;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.core.transport.WebhookRequest;
import dev.switchboard.core.transport.WebhookResponse;
import dev.switchboard.core.transport.WebhookServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's routes and their handlers: the {@code /v1} checks delegate to {@link KeyboardChecks}
 * after checking the query, the rest serves fixed resources and the playground's files.
 */
final class ServiceRoutes {
    /**
     * One route: the method, the path as routed, the path as the OpenAPI document names it, and its
     * handler (exactly one of {@code buffered} and {@code streaming}).
     */
    record Route(String method, String path, String documented, WebhookHandler buffered, StreamingHandler streaming) {
        static Route buffered(String method, String path, WebhookHandler handler) {
            return new Route(method, path, path, handler, null);
        }

        static Route streaming(String method, String path, String documented, StreamingHandler handler) {
            return new Route(method, path, documented, null, handler);
        }
    }

    static final String NDJSON_TYPE = "application/x-ndjson";
    static final String OPENAPI = "dev/switchboard/examples/serve/openapi.json";
    static final String LAYOUT_SCHEMA = "dev/switchboard/examples/serve/layout.schema.json";
    private static final List<String> PLATFORM_AND_FROM = List.of("platform", "from");
    private static final List<String> FROM = List.of("from");
    private static final String HEALTH = "{\"status\":\"up\"}\n";

    private final KeyboardChecks checks;
    private final String openApi;
    private final String layoutSchema;
    private final StaticFiles files;

    ServiceRoutes(KeyboardChecks checks) {
        this.checks = checks;
        ClassLoader loader = ServiceRoutes.class.getClassLoader();
        this.openApi = resource(loader, OPENAPI);
        this.layoutSchema = resource(loader, LAYOUT_SCHEMA);
        this.files = new StaticFiles(loader);
    }

    /** Every route, in the order the OpenAPI document lists them; the server has these and no others. */
    List<Route> routes() {
        return List.of(
                Route.buffered("POST", "/v1/validate", this::validate),
                Route.streaming("POST", "/v1/validate/batch", "/v1/validate/batch", this::validateBatch),
                Route.buffered("POST", "/v1/render", this::render),
                Route.buffered("POST", "/v1/preview", this::preview),
                Route.buffered("GET", "/health", request -> json(200, HEALTH)),
                Route.buffered("GET", "/openapi.json", request -> json(200, openApi)),
                Route.buffered("GET", "/schema/layout.json", request -> WebhookResponse.typed(200,
                        "application/schema+json", layoutSchema)),
                Route.streaming("GET", "/", "/", files::serve),
                Route.streaming("GET", StaticFiles.PREFIX + "*", StaticFiles.PREFIX + "{file}", files::serve));
    }

    WebhookServer.Builder install(WebhookServer.Builder builder) {
        builder.refusals(ErrorJson::response);
        for (Route route : routes()) {
            if (route.buffered() != null) {
                builder.route(route.method(), route.path(), route.buffered());
            } else {
                builder.streamingRoute(route.method(), route.path(), route.streaming());
            }
        }
        return builder;
    }

    private WebhookResponse validate(WebhookRequest request) {
        try {
            QueryOptions query = QueryOptions.of(request, PLATFORM_AND_FROM);
            return answer(checks.validate(from(query), platforms(query), request.body()));
        } catch (QueryOptions.BadQueryException e) {
            return ErrorJson.response(400, e.getMessage());
        }
    }

    private WebhookResponse render(WebhookRequest request) {
        try {
            QueryOptions query = QueryOptions.of(request, PLATFORM_AND_FROM);
            if (request.queryParameter("platform").isEmpty()) {
                throw new QueryOptions.BadQueryException("query parameter 'platform' is required; expected "
                        + QueryOptions.choices(checks.platforms()));
            }
            String platform = query.choice("platform", "", checks.platforms());
            return answer(checks.render(from(query), platform, request.body()));
        } catch (QueryOptions.BadQueryException e) {
            return ErrorJson.response(400, e.getMessage());
        }
    }

    private WebhookResponse preview(WebhookRequest request) {
        try {
            QueryOptions query = QueryOptions.of(request, FROM);
            return answer(checks.preview(from(query), request.body()));
        } catch (QueryOptions.BadQueryException e) {
            return ErrorJson.response(400, e.getMessage());
        }
    }

    private void validateBatch(WebhookRequest request, InputStream body, StreamingResponse response)
            throws IOException {
        String from;
        List<String> platforms;
        try {
            QueryOptions query = QueryOptions.of(request, PLATFORM_AND_FROM);
            from = from(query);
            platforms = platforms(query);
        } catch (QueryOptions.BadQueryException e) {
            response.status(400);
            response.header("Content-Type", ErrorJson.JSON_TYPE);
            response.body().write(ErrorJson.body(e.getMessage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.header("Content-Type", NDJSON_TYPE);
        checks.validateBatch(from, platforms, body, response.body());
    }

    private String from(QueryOptions query) {
        return query.choice("from", checks.inputs().get(0), checks.inputs());
    }

    private List<String> platforms(QueryOptions query) {
        List<String> choices = new ArrayList<>(checks.platforms());
        choices.add(QueryOptions.ALL);
        String platform = query.choice("platform", QueryOptions.ALL, choices);
        return platform.equals(QueryOptions.ALL) ? checks.platforms() : List.of(platform);
    }

    private static WebhookResponse answer(KeyboardChecks.Answer answer) {
        return json(answer.status(), answer.json());
    }

    private static WebhookResponse json(int status, String body) {
        return WebhookResponse.typed(status, ErrorJson.JSON_TYPE, body);
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
