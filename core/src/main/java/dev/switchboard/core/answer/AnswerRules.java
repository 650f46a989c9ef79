package dev.switchboard.core.answer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.switchboard.core.PlatformId;
import java.util.List;
import java.util.Set;

/**
 * One platform's limits on answers to a press, as data, applied by
 * {@link dev.switchboard.core.validate.Validator#validate(PressAnswer, AnswerRules...)}.
 * Published by the adapters ({@code TelegramPlatform.answers().rules()}).
 *
 * @param platform whose rules these are
 * @param supported answer kinds the platform has ({@code UNSUPPORTED_ANSWER} otherwise)
 * @param degraded kinds the platform shows in a lesser form ({@code ANSWER_DEGRADED} warning), e.g. VK alert
 * @param maxTextLength longest toast or alert text in UTF-16 units ({@code ANSWER_TEXT_TOO_LONG})
 * @param checks hooks for rules that are not plain numbers
 */
public record AnswerRules(PlatformId platform, Set<AnswerKind> supported, Set<AnswerKind> degraded,
                          int maxTextLength, List<AnswerCheck> checks) {
    public AnswerRules {
        checkNotNull(platform, "platform");
        supported = Set.copyOf(checkNotNull(supported, "supported"));
        degraded = Set.copyOf(checkNotNull(degraded, "degraded"));
        checks = List.copyOf(checkNotNull(checks, "checks"));
        checkArgument(maxTextLength > 0, "maxTextLength must be positive: %s", maxTextLength);
        checkArgument(supported.contains(AnswerKind.NONE), "every platform can answer with none()");
    }
}
