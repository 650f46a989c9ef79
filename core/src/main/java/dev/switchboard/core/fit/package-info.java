/**
 * Fits neutral keyboards into a platform's limits: {@link dev.switchboard.core.fit.KeyboardFitter}
 * reflows rows that are too wide, splits a list of buttons into pages that fit together with fixed
 * rows such as navigation, or reports precisely why a keyboard cannot fit
 * ({@link dev.switchboard.core.fit.KeyboardFitException}). Every limit is read from the platform's
 * {@link dev.switchboard.core.validate.KeyboardRules}, and every keyboard returned passes the
 * platform's {@link dev.switchboard.core.validate.Validator} with no ERROR.
 *
 * <pre>{@code
 * Keyboard fitted = KeyboardFitter.of(VkPlatform.rules()).reflow(wide);
 * Pages pages = KeyboardFitter.of(VkPlatform.rules()).widths(2)
 *     .paginate(KeyboardType.INLINE, items, (page, count) -> navigation(page, count));
 * }</pre>
 */
package dev.switchboard.core.fit;
