package dev.switchboard.spring;

import dev.switchboard.core.bot.Bot;

/**
 * Adds handlers and settings to the auto-configured bot: every bean of this type gets the
 * {@link Bot.Builder} after the {@code switchboard.*} properties were applied and before the bot is
 * built, in {@link org.springframework.core.annotation.Order @Order} order. Register routes here
 * ({@code onCommand}, {@code onPress}, {@code onMembership}, …), and anything the properties do
 * not cover (a payload store, a listener, a duplicate window).
 *
 * <pre>{@code
 * @Bean
 * SwitchboardCustomizer twoButtons() {
 *     return bot -> bot.onCommand("start", (message, ctx) -> ctx.reply("Hello"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SwitchboardCustomizer {
    /**
     * Configures the bot being built.
     *
     * @param bot the builder, with the properties applied
     */
    void customize(Bot.Builder bot);
}
