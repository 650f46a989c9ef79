/**
 * Answers to button presses: the sealed {@link dev.switchboard.core.answer.PressAnswer} family
 * and the per-platform {@link dev.switchboard.core.answer.AnswerRules}.
 *
 * <pre>{@code
 * PressAnswer answer = PressAnswer.toast("Thanks!");
 * ValidationReport report = Validator.validate(answer, TelegramPlatform.answers().rules());
 * Map<String, Object> params = TelegramPlatform.answers().write(press, answer);
 * }</pre>
 */
package dev.switchboard.core.answer;
