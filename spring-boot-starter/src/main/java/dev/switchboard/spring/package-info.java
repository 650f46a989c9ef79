/**
 * Spring Boot auto-configuration for Switchboard: {@link dev.switchboard.spring.SwitchboardAutoConfiguration}
 * builds a bot from the {@code switchboard.*} properties ({@link dev.switchboard.spring.SwitchboardProperties})
 * and the application's {@link dev.switchboard.spring.SwitchboardCustomizer} beans, serves webhooks on the
 * application's web server, starts and stops the bot with the context and reports each platform's health.
 */
package dev.switchboard.spring;
