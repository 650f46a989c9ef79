package dev.switchboard.micrometer.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/metrics.md shows BindingMetricsTest exactly and lists every meter the module registers, and no other. */
class MetricsDocTest {
    private static final Path DOC = Path.of("..", "docs", "metrics.md");
    private static final Path SAMPLE = Path.of("src", "test", "java", "dev", "switchboard", "micrometer", "guide",
            "BindingMetricsTest.java");

    @Test
    void theDocsSampleIsBindingMetricsTest() throws Exception {
        Matcher block = Pattern.compile("<!-- BindingMetricsTest -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOC));
        assertThat(block.find()).as("docs/metrics.md has a java block after <!-- BindingMetricsTest -->").isTrue();

        assertThat(block.group(1)).isEqualTo(Files.readString(SAMPLE).replaceFirst("(?s)^package [^;]+;\\s*", ""));
    }

    @Test
    void theDocsTableListsEveryMeterName() throws Exception {
        List<String> documented = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `(switchboard\\.[a-z.]+)` \\|").matcher(Files.readString(DOC));
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(meterNames());
    }

    private static List<String> meterNames() throws Exception {
        List<String> names = new ArrayList<>();
        for (Field field : Class.forName("dev.switchboard.micrometer.Meters").getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && field.getName().equals(field.getName().toUpperCase(java.util.Locale.ROOT))) {
                field.setAccessible(true);
                String value = (String) field.get(null);
                if (value.startsWith("switchboard.")) {
                    names.add(value);
                }
            }
        }
        return names;
    }
}
