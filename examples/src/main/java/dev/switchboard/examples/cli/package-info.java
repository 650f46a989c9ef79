/**
 * The {@code switchboard} command line: {@code validate} checks a neutral layout file against
 * each platform's limits, {@code render} prints one platform's keyboard JSON for it. The
 * contract (options, output shapes, exit statuses) is in {@code layout-format.md}.
 *
 * <pre>{@code
 * $ switchboard validate --format json examples/layouts/vote.json
 * {"valid":true,"platforms":{"telegram":{"valid":true,"violations":[]},"vk":{"valid":true,"violations":[]}}}
 * $ switchboard render --platform vk examples/layouts/vote.json
 * }</pre>
 */
package dev.switchboard.examples.cli;
