/**
 * The {@code switchboard} command line: {@code validate} checks a neutral layout file against
 * each platform's limits, {@code render} prints one platform's keyboard JSON for it, and
 * {@code parse} reads platform updates and prints one neutral event per update as a JSON line.
 * The contract (options, output shapes, exit statuses) is in {@code layout-format.md} and, for
 * {@code parse}, {@code docs/events.md}.
 *
 * <pre>{@code
 * $ switchboard validate --format json examples/layouts/vote.json
 * {"valid":true,"platforms":{"telegram":{"valid":true,"violations":[]},"vk":{"valid":true,"violations":[]}}}
 * $ switchboard render --platform vk examples/layouts/vote.json
 * $ switchboard parse --platform telegram update.json
 * }</pre>
 */
package dev.switchboard.examples.cli;
