/**
 * Contracts for adapter and store authors: where update sources keep their position
 * ({@link dev.switchboard.core.spi.CheckpointStore}) and how the runtime recognises an update
 * delivered twice ({@link dev.switchboard.core.spi.SeenUpdates}). A bot author only picks an
 * implementation and hands it to the bot builder:
 *
 * <pre>{@code
 * Bot bot = Bot.builder()
 *     .platform(telegram)
 *     .checkpoints(CheckpointStore.inDirectory(Path.of("/var/lib/mybot")))
 *     .build();
 * }</pre>
 */
package dev.switchboard.core.spi;
