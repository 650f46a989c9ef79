/**
 * The neutral layout JSON (version 1): the hand-written file format the validation API and
 * CLI read.
 *
 * <pre>{@code
 * Keyboard keyboard = LayoutJson.read(Path.of("examples/layouts/vote.json"));
 * ValidationReport report = Validator.validate(keyboard, TelegramPlatform.rules());
 * }</pre>
 */
package dev.switchboard.core.layout;
