/**
 * Micrometer meters for a running bot: {@link dev.switchboard.micrometer.SwitchboardMetrics} is a
 * {@link dev.switchboard.core.bot.SwitchboardListener} that counts and times what the runtime and
 * the adapters report (updates, handlers, press answers, API calls and rate limits, rejected
 * keyboards) in a {@code MeterRegistry}.
 */
package dev.switchboard.micrometer;
