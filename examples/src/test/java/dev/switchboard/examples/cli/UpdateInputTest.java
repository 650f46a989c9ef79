package dev.switchboard.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.UpdateParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateInputTest {
    @Test
    void oneObjectWithoutABatchKeyIsOneUpdate() {
        assertThat(split("{\"update_id\": 1, \"message\": {\"result\": 1}}"))
                .containsExactly(new UpdateInput.Value(0, 42, false, 1, 1));
    }

    @Test
    void arraysAndResponseObjectsAreBatches() {
        String input = "[]\n{\"ok\": true, \"result\": []}\n{\"ts\": \"4\", \"updates\": []} {\"failed\": 2}";

        assertThat(split(input)).extracting(UpdateInput.Value::batch).containsExactly(true, true, true, true);
    }

    @Test
    void valuesAreDelimitedWithTheirLineAndColumn() {
        byte[] input = bytes("  {\"a\": \"}\"}\n\n[1, {\"b\": 2}]");

        List<UpdateInput.Value> values = UpdateInput.split(input);

        assertThat(values).containsExactly(new UpdateInput.Value(2, 12, false, 1, 3),
                new UpdateInput.Value(14, 27, true, 3, 1));
        assertThat(new String(values.get(1).bytes(input), StandardCharsets.UTF_8)).isEqualTo("[1, {\"b\": 2}]");
    }

    @Test
    void brokenJsonRunsToTheEndOfTheInput() {
        assertThat(split("{\"a\": 1} {\"updates\": [1,, 2]} {\"c\": 3}"))
                .containsExactly(new UpdateInput.Value(0, 8, false, 1, 1), new UpdateInput.Value(9, 38, true, 1, 10));
        assertThat(split("{\"a\": 1}\n\r\n  oops {\"c\": 3}"))
                .containsExactly(new UpdateInput.Value(0, 8, false, 1, 1), new UpdateInput.Value(13, 26, false, 3, 3));
    }

    @Test
    void aStringValueEndsAfterItsClosingQuote() {
        assertThat(split("\"abc\" 5")).containsExactly(new UpdateInput.Value(0, 5, false, 1, 1),
                new UpdateInput.Value(6, 7, false, 1, 7));
    }

    @Test
    void blankInputHasNoValues() {
        assertThat(split(" \n\t")).isEmpty();
    }

    @Test
    void describeMovesTheErrorToTheWholeInput() {
        UpdateInput.Value third = new UpdateInput.Value(100, 200, false, 3, 5);
        UpdateParseException onFirstLine = new UpdateParseException("expected an integer", "from.id", 1, 10, null);
        UpdateParseException further = new UpdateParseException("malformed JSON", null, 2, 4, null);
        UpdateParseException nowhere = new UpdateParseException("empty input", null, 0, 0, null);

        assertThat(third.describe(onFirstLine)).isEqualTo("from.id (line 3, column 14): expected an integer");
        assertThat(third.describe(further)).isEqualTo("(line 4, column 4): malformed JSON");
        assertThat(third.describe(nowhere)).isEqualTo("empty input");
        assertThat(new UpdateInput.Value(0, 9, false, 1, 1).describe(onFirstLine))
                .isEqualTo("from.id (line 1, column 10): expected an integer");
    }

    private static List<UpdateInput.Value> split(String input) {
        return UpdateInput.split(bytes(input));
    }

    private static byte[] bytes(String input) {
        return input.getBytes(StandardCharsets.UTF_8);
    }
}
