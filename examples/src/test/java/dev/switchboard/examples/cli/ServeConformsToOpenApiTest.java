package dev.switchboard.examples.cli;

import static dev.switchboard.examples.cli.CliRun.sampleLayout;
import static dev.switchboard.examples.cli.CliRun.testLayout;
import static dev.switchboard.examples.cli.NativeFormatsCliTest.nativeFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.examples.serve.JsonSchemaCheck;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real answers of {@code switchboard serve} conform to the schemas its OpenAPI document gives for
 * their path, method, status and media type, checked with the test-only {@link JsonSchemaCheck}.
 */
@Timeout(120)
class ServeConformsToOpenApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ServeFixture serve;
    private static JsonNode openApi;
    private static JsonSchemaCheck check;

    @BeforeAll
    static void start() throws Exception {
        serve = new ServeFixture();
        openApi = MAPPER.readTree(serve.get("/openapi.json").body());
        check = new JsonSchemaCheck(openApi);
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void isAnOpenApi31DocumentWhoseSchemasUseOnlyKeywordsTheCheckerKnows() {
        assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> checked = new ArrayList<>();
        openApi.at("/components/schemas").fields().forEachRemaining(schema -> {
            JsonSchemaCheck.checkKeywords(schema.getValue(), "#/components/schemas/" + schema.getKey());
            checked.add(schema.getKey());
        });
        forEachSchemaUnder(openApi.get("paths"), "#/paths", JsonSchemaCheck::checkKeywords);
        forEachSchemaUnder(openApi.at("/components/responses"), "#/components/responses",
                JsonSchemaCheck::checkKeywords);
        assertThat(checked).contains("Report", "Violation", "Error", "Preview", "BatchLine");
    }

    @Test
    void aValidateReportConforms() throws Exception {
        for (String file : List.of(sampleLayout("vote.json"), testLayout("errors.json"),
                testLayout("duplicate-payload.json"), sampleLayout("remove.json"))) {
            assertConforms("/v1/validate", "post", serve.post("/v1/validate", read(file)));
        }
        assertConforms("/v1/validate", "post", serve.post("/v1/validate?from=telegram",
                read(nativeFile("telegram-unrepresentable.json"))));
    }

    @Test
    void aRenderAndARenderRefusalConform() throws Exception {
        HttpResponse<String> rendered = serve.post("/v1/render?platform=vk", read(sampleLayout("vote.json")));
        HttpResponse<String> refused = serve.post("/v1/render?platform=telegram", read(testLayout("errors.json")));

        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertConforms("/v1/render", "post", rendered);
        assertConforms("/v1/render", "post", refused);
    }

    @Test
    void previewsConform() throws Exception {
        assertConforms("/v1/preview", "post", serve.post("/v1/preview", read(sampleLayout("catalogue.json"))));
        assertConforms("/v1/preview", "post", serve.post("/v1/preview", read(sampleLayout("remove.json"))));
        assertConforms("/v1/preview", "post", serve.post("/v1/preview?from=telegram",
                read(nativeFile("telegram-unrepresentable.json"))));
        assertConforms("/v1/preview", "post", serve.post("/v1/preview?from=vk",
                read(nativeFile("vk-vkbottle-inline.json"))));
    }

    @Test
    void refusalsConform() throws Exception {
        HttpResponse<String> malformed = serve.post("/v1/validate", read(testLayout("malformed.json")));
        HttpResponse<String> badQuery = serve.post("/v1/render?platform=all", "{}");
        HttpResponse<String> wrongMethod = serve.get("/v1/preview");
        HttpResponse<String> tooLarge = serve.post("/v1/validate", "x".repeat((1 << 20) + 1));

        assertThat(List.of(malformed.statusCode(), badQuery.statusCode(), wrongMethod.statusCode(),
                tooLarge.statusCode())).containsExactly(400, 400, 405, 413);
        assertConforms("/v1/validate", "post", malformed);
        assertConforms("/v1/render", "post", badQuery);
        assertConforms("/v1/preview", "post", wrongMethod);
        assertConforms("/v1/validate", "post", tooLarge);
        assertConforms("/playground/{file}", "get", serve.get("/playground/missing.js"));
    }

    @Test
    void batchLinesAndHealthConform() throws Exception {
        HttpResponse<String> batch = serve.post("/v1/validate/batch?from=telegram",
                read(nativeFile("telegram-keyboards.ndjson")));

        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(schemaFor("/v1/validate/batch", "post", 200, "application/x-ndjson")).isNotNull();
        for (String line : batch.body().lines().toList()) {
            assertThat(check.errors("#/components/schemas/BatchLine", MAPPER.readTree(line))).as(line).isEmpty();
        }
        assertConforms("/health", "get", serve.get("/health"));
        assertConforms("/openapi.json", "get", serve.get("/openapi.json"));
        assertConforms("/schema/layout.json", "get", serve.get("/schema/layout.json"));
    }

    @Test
    void theCheckerCatchesAReportThatBreaksTheSchema() throws Exception {
        JsonNode report = MAPPER.readTree(serve.post("/v1/validate", read(testLayout("errors.json"))).body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.at("/platforms/telegram/violations/0"))
                .put("severity", "FATAL").remove("path");

        assertThat(check.errors("#/components/schemas/Report", report)).hasSize(2);
    }

    /** The answer's body conforms to the document's schema for its path, method, status and media type. */
    private static void assertConforms(String path, String method, HttpResponse<String> response) throws IOException {
        String type = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
        JsonNode schema = schemaFor(path, method, response.statusCode(), type);
        assertThat(schema).as("%s %s %s %s is documented", method, path, response.statusCode(), type).isNotNull();
        List<String> errors = check.errors(schema, MAPPER.readTree(response.body()));
        assertThat(errors).as("%s %s %s: %s", method, path, response.statusCode(), response.body()).isEmpty();
    }

    private static JsonNode schemaFor(String path, String method, int status, String type) {
        JsonNode operation = openApi.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.has("$ref")) {
            response = openApi.at(response.get("$ref").asText().substring(1));
        }
        JsonNode schema = response.path("content").path(type).path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    private static void forEachSchemaUnder(JsonNode node, String where,
                                           java.util.function.BiConsumer<JsonNode, String> action) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("schema")) {
                    action.accept(field.getValue(), where + "/schema");
                } else {
                    forEachSchemaUnder(field.getValue(), where + "/" + field.getKey(), action);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachSchemaUnder(node.get(i), where + "/" + i, action);
            }
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
