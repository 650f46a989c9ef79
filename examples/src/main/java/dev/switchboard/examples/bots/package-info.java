/**
 * The example bots of {@code switchboard bot}: each runs unchanged on Telegram and VK at once.
 * {@link dev.switchboard.examples.bots.TwoButtonsBot} edits a message to say which of two buttons
 * was pressed, {@link dev.switchboard.examples.bots.CatalogueBot} pages through 60 items with typed
 * callback data, and {@link dev.switchboard.examples.bots.MembershipBot} tracks who has not blocked
 * the bot and announces admin promotions. Each is built from a list of platforms, so tests wire
 * fakes; copy them freely.
 */
package dev.switchboard.examples.bots;
