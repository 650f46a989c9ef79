package dev.switchboard.vk;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VkPublicApiTest {

    @Test
    void exposesOnlyVkPlatformAndVkApiException() throws IOException {
        Set<String> publicTypes = ClassPath.from(VkPlatform.class.getClassLoader())
                .getTopLevelClasses("dev.switchboard.vk").stream()
                .map(ClassPath.ClassInfo::load)
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .map(Class::getName)
                .collect(toSet());

        assertThat(publicTypes).containsExactlyInAnyOrder("dev.switchboard.vk.VkPlatform",
                "dev.switchboard.vk.VkApiException");
    }

    @Test
    void vkPlatformNestsOnlyItsBuilder() {
        assertThat(Arrays.stream(VkPlatform.class.getDeclaredClasses())
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .map(Class::getName))
                .containsExactly("dev.switchboard.vk.VkPlatform$Builder");
        int modifiers = VkPlatform.Builder.class.getModifiers();
        assertThat(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)).isTrue();
        assertThat(Arrays.stream(VkPlatform.Builder.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .allMatch(Modifier::isPrivate);
    }

    @Test
    void vkApiExceptionIsAFinalPlatformApiExceptionUsersCannotConstruct() {
        assertThat(Modifier.isFinal(VkApiException.class.getModifiers())).isTrue();
        assertThat(VkApiException.class.getSuperclass()).isEqualTo(dev.switchboard.core.PlatformApiException.class);
        assertThat(Arrays.stream(VkApiException.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .noneMatch(Modifier::isPublic);
    }

    @Test
    void vkPlatformIsAFinalClassWithNoPublicConstructor() {
        assertThat(Modifier.isFinal(VkPlatform.class.getModifiers())).isTrue();
        assertThat(Arrays.stream(VkPlatform.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .allMatch(Modifier::isPrivate);
    }
}
