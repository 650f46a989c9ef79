package dev.switchboard.core.testing;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A module's public API as type names, for tests that pin it to a checked-in list, so that a new
 * public type is a reviewed diff rather than an accident.
 */
public final class PublicTypes {
    private PublicTypes() {
    }

    /** The public top-level types under {@code rootPackage} in the jar or folder that holds {@code anchor}. */
    public static Set<String> in(Class<?> anchor, String rootPackage) {
        CodeSource main = anchor.getProtectionDomain().getCodeSource();
        try {
            return ClassPath.from(anchor.getClassLoader()).getTopLevelClassesRecursive(rootPackage).stream()
                    .map(ClassPath.ClassInfo::load)
                    .filter(type -> main.equals(type.getProtectionDomain().getCodeSource()))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .map(Class::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names listed in the class-path resource {@code resource}, one a line. */
    public static Set<String> listed(Class<?> loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
