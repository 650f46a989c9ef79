/**
 * The {@code switchboard} command line: {@code validate} checks a keyboard (a neutral layout, or
 * with {@code --from telegram|vk} a platform's own keyboard JSON; with {@code --input ndjson} one per
 * line) against each platform's limits, {@code render} (alias {@code convert}) prints one platform's
 * keyboard JSON for it,
 * {@code parse} reads platform updates and prints one neutral event per update as a JSON line,
 * {@code send} sends a message with a layout's keyboard (token from the environment only), and
 * {@code bot} runs one of the example bots of {@code dev.switchboard.examples.bots} on every
 * platform whose token is set, until interrupted, and {@code serve} answers the validation API over
 * HTTP ({@code docs/service.md}) until interrupted.
 * The contract (options, output shapes, exit statuses) is in {@code docs/layout-format.md} and, for
 * {@code parse}, {@code docs/events.md}; for {@code send}, {@code docs/transports.md}; for
 * {@code bot}, {@code docs/guide.md}.
 *
 * <pre>{@code
 * $ switchboard validate --format json examples/layouts/vote.json
 * {"valid":true,"platforms":{"telegram":{"valid":true,"violations":[]},"vk":{"valid":true,"violations":[]}}}
 * $ switchboard render --platform vk examples/layouts/vote.json
 * $ switchboard validate --from telegram examples/native/telegram-shop.json
 * $ switchboard convert --from telegram --platform vk examples/native/telegram-vote.json
 * $ switchboard parse --platform telegram update.json
 * $ TELEGRAM_BOT_TOKEN=… switchboard send --platform telegram --chat 123 --text Hi --layout examples/layouts/vote.json
 * {"platform":"telegram","chatId":123,"messageId":456}
 * $ TELEGRAM_BOT_TOKEN=… switchboard bot two-buttons
 * $ switchboard serve --port 8080
 * listening on http://127.0.0.1:8080/ ; Ctrl-C stops it
 * }</pre>
 */
package dev.switchboard.examples.cli;
