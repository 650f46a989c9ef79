/**
 * Platform limits as data ({@link dev.switchboard.core.validate.KeyboardRules}) and the one
 * engine that applies them ({@link dev.switchboard.core.validate.Validator}).
 *
 * <pre>{@code
 * ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules(), VkPlatform.rules());
 * if (!report.isValid()) {
 *     report.errors().forEach(v -> System.err.println(v));
 * }
 * }</pre>
 */
package dev.switchboard.core.validate;
