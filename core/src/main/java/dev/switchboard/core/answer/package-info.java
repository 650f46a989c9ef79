/**
 * Answers to button presses: the sealed {@link dev.switchboard.core.answer.PressAnswer} family,
 * the per-platform {@link dev.switchboard.core.answer.AnswerRules}, and the
 * {@link dev.switchboard.core.answer.AnswerRequest} an answer becomes once checked against them,
 * which the platforms' {@link dev.switchboard.core.answer.AnswerWriter}s write.
 *
 * <pre>{@code
 * PressAnswer answer = PressAnswer.toast("Thanks!");
 * ValidationReport report = Validator.validate(answer, TelegramPlatform.answers().rules());
 * Map<String, Object> params = TelegramPlatform.answers().write(press, answer);
 * }</pre>
 */
package dev.switchboard.core.answer;
