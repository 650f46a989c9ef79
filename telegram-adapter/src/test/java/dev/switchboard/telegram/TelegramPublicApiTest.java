package dev.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Style rule 1: the adapter exposes one entry class; widening the API is a reviewed change here. */
class TelegramPublicApiTest {
    private static final Set<String> ALLOWED_PUBLIC_TYPES = Set.of("dev.switchboard.telegram.TelegramPlatform",
            "dev.switchboard.telegram.TelegramApiException");
    private static final Set<String> ALLOWED_NESTED_TYPES = Set.of("dev.switchboard.telegram.TelegramPlatform$Builder",
            "dev.switchboard.telegram.TelegramPlatform$BotInfo");

    @Test
    void exposesOnlyTheAllowListedTypes() throws IOException {
        ClassLoader loader = TelegramPlatform.class.getClassLoader();
        CodeSource main = TelegramPlatform.class.getProtectionDomain().getCodeSource();

        Set<String> publicTypes = ClassPath.from(loader).getTopLevelClasses("dev.switchboard.telegram").stream()
                .map(ClassPath.ClassInfo::load)
                .filter(type -> main.equals(type.getProtectionDomain().getCodeSource()))
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .map(Class::getName)
                .collect(Collectors.toSet());

        assertThat(publicTypes).isEqualTo(ALLOWED_PUBLIC_TYPES);
    }

    @Test
    void entryClassIsFinalAndBuiltOnlyThroughItsBuilder() {
        assertThat(Modifier.isFinal(TelegramPlatform.class.getModifiers())).isTrue();
        assertThat(TelegramPlatform.class.getDeclaredConstructors())
                .extracting(Constructor::getModifiers)
                .allMatch(Modifier::isPrivate);
        assertThat(TelegramPlatform.Builder.class.getDeclaredConstructors())
                .extracting(Constructor::getModifiers)
                .allMatch(Modifier::isPrivate);
    }

    @Test
    void exposesOnlyTheAllowListedNestedTypes() {
        Set<String> nested = Arrays.stream(TelegramPlatform.class.getDeclaredClasses())
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .map(Class::getName)
                .collect(Collectors.toSet());

        assertThat(nested).isEqualTo(ALLOWED_NESTED_TYPES);
    }

    @Test
    void apiExceptionIsFinalAndNotConstructibleByUsers() {
        assertThat(Modifier.isFinal(TelegramApiException.class.getModifiers())).isTrue();
        assertThat(TelegramApiException.class.getDeclaredConstructors())
                .extracting(Constructor::getModifiers)
                .noneMatch(Modifier::isPublic)
                .noneMatch(Modifier::isProtected);
    }
}
