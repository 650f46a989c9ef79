/**
 * One class per contender, each calling its library the way that library's users do, so the
 * benchmarks and {@link dev.switchboard.benchmarks.Equivalence} share one call per contender.
 *
 * <pre>{@code
 * Update ours = Ours.parseTelegram(bytes);
 * org.telegram.telegrambots.meta.api.objects.Update theirs = TelegramBotsPeer.parse(bytes);
 * String markup = Ours.renderTelegram(KeyboardSpec.vote());
 * int tokens = Baselines.tokenise(bytes);
 * }</pre>
 */
package dev.switchboard.benchmarks.contenders;
