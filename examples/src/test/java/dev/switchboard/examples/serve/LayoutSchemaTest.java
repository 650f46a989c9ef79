package dev.switchboard.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout JSON Schema in docs/schema, as served at /schema/layout.json, against the layouts the project ships. */
class LayoutSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path DOCS_SCHEMA = Path.of("..", "docs", "schema", "layout.schema.json");
    private static final Path BAD = Path.of("src", "test", "resources", "layouts");

    @Test
    void theServedSchemaIsTheOneCommittedInDocs() throws IOException {
        assertThat(classpathSchemaBytes()).isEqualTo(Files.readAllBytes(DOCS_SCHEMA));
    }

    @Test
    void usesOnlyKeywordsTheCheckerKnows() throws IOException {
        JsonNode schema = schema();

        JsonSchemaCheck.checkKeywords(schema, "#");
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theCheckerRefusesASchemaWithAKeywordItDoesNotKnow() throws IOException {
        JsonNode schema = MAPPER.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"pattern\":\"x\"}}}");

        assertThatThrownBy(() -> JsonSchemaCheck.checkKeywords(schema, "#"))
                .hasMessageContaining("unsupported keyword \"pattern\"");
        assertThatThrownBy(() -> new JsonSchemaCheck(schema).errors(schema, MAPPER.readTree("{\"a\":\"y\"}")))
                .hasMessageContaining("unsupported keyword \"pattern\"");
    }

    @ParameterizedTest
    @MethodSource("shippedLayouts")
    void acceptsEveryLayoutTheProjectShips(Path layout) throws IOException {
        JsonNode schema = schema();

        assertThat(new JsonSchemaCheck(schema).errors(schema, MAPPER.readTree(layout.toFile()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-kind.json", "unknown-field.json"})
    void rejectsTheKnownBadLayouts(String name) throws IOException {
        JsonNode schema = schema();

        assertThat(new JsonSchemaCheck(schema).errors(schema, MAPPER.readTree(BAD.resolve(name).toFile())))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"callback\",\"label\":1,\"payload\":\"p\"}]]}",
        "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"app\",\"label\":\"A\",\"appId\":\"12\"}]]}",
        "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"callback\",\"label\":\"A\",\"style\":\"green\"}]]}",
        "{\"type\":\"inline\",\"oneTime\":\"yes\",\"rows\":[]}",
        "{\"type\":\"inline\",\"rows\":{}}",
        "{\"type\":\"inline\",\"rows\":[{\"kind\":\"text\"}]}",
        "{\"type\":\"inline\"}",
        "{\"type\":\"popup\",\"rows\":[]}",
        "{\"type\":\"remove\",\"rows\":[]}",
        "{\"rows\":[]}",
        "{\"type\":\"inline\",\"rows\":[[{\"label\":\"no kind\"}]]}",
        "{\"type\":\"inline\",\"rows\":[[{\"kind\":\"link\",\"label\":\"L\",\"url\":\"u\",\"payload\":\"p\"}]]}",
        "[]"
    })
    void rejectsWrongTypesUnknownValuesAndMisplacedFields(String layout) throws IOException {
        JsonNode schema = schema();

        assertThat(new JsonSchemaCheck(schema).errors(schema, MAPPER.readTree(layout))).isNotEmpty();
    }

    @Test
    void leavesContentToTheValidatorsAsTheReaderDoes() throws IOException {
        JsonNode schema = schema();
        JsonNode tooLongAndEmpty = MAPPER.readTree("{\"type\":\"standard\",\"rows\":[[{\"kind\":\"callback\"},"
                + "{\"kind\":\"text\",\"label\":\"" + "x".repeat(500) + "\"}],[]]}");

        assertThat(new JsonSchemaCheck(schema).errors(schema, tooLongAndEmpty)).isEmpty();
    }

    static Stream<Path> shippedLayouts() throws IOException {
        List<Path> folders = List.of(Path.of("layouts"), Path.of("..", "core", "src", "test", "resources", "layout",
                "samples"), BAD);
        Stream<Path> all = Stream.empty();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> layouts = files.filter(file -> file.toString().endsWith(".json"))
                        .filter(file -> !folder.equals(BAD) || List.of("errors.json", "duplicate-payload.json")
                                .contains(file.getFileName().toString()))
                        .sorted().toList();
                all = Stream.concat(all, layouts.stream());
            }
        }
        return all;
    }

    private static JsonNode schema() throws IOException {
        return MAPPER.readTree(classpathSchemaBytes());
    }

    private static byte[] classpathSchemaBytes() throws IOException {
        try (InputStream in = LayoutSchemaTest.class.getClassLoader().getResourceAsStream(ServiceRoutes.LAYOUT_SCHEMA)) {
            assertThat(in).as("the schema on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }
}
