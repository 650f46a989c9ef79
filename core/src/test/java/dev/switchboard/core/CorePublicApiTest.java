package dev.switchboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Core's public types are a decision, not an accident: the top-level public types of every core
 * package must equal the checked-in list {@code core-public-api.txt}, so a new one is a reviewed diff.
 */
class CorePublicApiTest {
    @Test
    void exposesExactlyTheListedPublicTypes() throws IOException {
        ClassLoader loader = PlatformId.class.getClassLoader();
        CodeSource main = PlatformId.class.getProtectionDomain().getCodeSource();

        Set<String> actual = ClassPath.from(loader).getTopLevelClassesRecursive("dev.switchboard.core").stream()
                .map(ClassPath.ClassInfo::load)
                .filter(type -> main.equals(type.getProtectionDomain().getCodeSource()))
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(actual).isEqualTo(listed());
    }

    @Test
    void theSpiPackageHoldsWhatOnlyAdaptersAndStoresUse() {
        assertThat(listed()).filteredOn(name -> name.startsWith("dev.switchboard.core.spi.")).containsExactlyInAnyOrder(
                "dev.switchboard.core.spi.ApiBaseUrl", "dev.switchboard.core.spi.CheckpointStore",
                "dev.switchboard.core.spi.FieldPaths", "dev.switchboard.core.spi.ListenerGroup",
                "dev.switchboard.core.spi.Redaction", "dev.switchboard.core.spi.SeenUpdates",
                "dev.switchboard.core.spi.SourceCheckpoint", "dev.switchboard.core.spi.StateStoreException",
                "dev.switchboard.core.spi.UpdateRefusedException", "dev.switchboard.core.spi.UpdateSink",
                "dev.switchboard.core.spi.UpdateSource");
    }

    private static Set<String> listed() {
        try (InputStream in = CorePublicApiTest.class.getResourceAsStream("/core-public-api.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
