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
    void exposesOnlyVkPlatform() throws IOException {
        Set<String> publicTypes = ClassPath.from(VkPlatform.class.getClassLoader())
                .getTopLevelClasses("dev.switchboard.vk").stream()
                .map(ClassPath.ClassInfo::load)
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .map(Class::getName)
                .collect(toSet());

        assertThat(publicTypes).containsExactly("dev.switchboard.vk.VkPlatform");
    }

    @Test
    void vkPlatformIsAFinalClassWithNoPublicConstructor() {
        assertThat(Modifier.isFinal(VkPlatform.class.getModifiers())).isTrue();
        assertThat(Arrays.stream(VkPlatform.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .allMatch(Modifier::isPrivate);
    }
}
