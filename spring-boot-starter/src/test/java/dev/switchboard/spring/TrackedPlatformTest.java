package dev.switchboard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.bot.BotPlatform;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The starter's wrapper around a platform must pass every BotPlatform call on to the adapter. */
class TrackedPlatformTest {
    @Test
    void overridesEveryBotPlatformMethodSoNoneFallsBackToItsDefault() {
        List<String> missing = Arrays.stream(BotPlatform.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declares(method))
                .map(Method::getName)
                .toList();

        assertThat(missing).as("BotPlatform methods TrackedPlatform does not pass on (a method added to core "
                + "needs a delegate here)").isEmpty();
    }

    private static boolean declares(Method method) {
        try {
            TrackedPlatform.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
