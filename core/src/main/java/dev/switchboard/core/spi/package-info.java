/**
 * For adapter and store authors: the contracts and helpers a platform adapter or a state store
 * implements or uses, apart from what a bot author imports. Update sources and sinks
 * ({@link dev.switchboard.core.spi.UpdateSource}, {@link dev.switchboard.core.spi.UpdateSink},
 * {@link dev.switchboard.core.spi.UpdateRefusedException}); where sources keep their position
 * ({@link dev.switchboard.core.spi.CheckpointStore}, {@link dev.switchboard.core.spi.SourceCheckpoint})
 * and how the runtime recognises an update delivered twice
 * ({@link dev.switchboard.core.spi.SeenUpdates}); the listener fan-out adapters report through
 * ({@link dev.switchboard.core.spi.ListenerGroup}); token redaction
 * ({@link dev.switchboard.core.spi.Redaction}), API base URLs
 * ({@link dev.switchboard.core.spi.ApiBaseUrl}) and error paths
 * ({@link dev.switchboard.core.spi.FieldPaths}).
 *
 * <p>A bot author only picks a store and hands it to the bot builder:
 *
 * <pre>{@code
 * Bot bot = Bot.builder()
 *     .platform(telegram)
 *     .checkpoints(CheckpointStore.inDirectory(Path.of("/var/lib/mybot")))
 *     .build();
 * }</pre>
 */
package dev.switchboard.core.spi;
