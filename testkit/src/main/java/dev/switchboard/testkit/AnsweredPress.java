package dev.switchboard.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The answer the bot gave to one button press ({@code answerCallbackQuery}): the query id, the
 * toast or alert text (empty when none), whether it was an alert, and the link to open. Immutable.
 */
public record AnsweredPress(String queryId, String text, boolean alert, Optional<String> url) {
    public AnsweredPress {
        checkNotNull(queryId, "queryId");
        checkNotNull(text, "text");
        checkNotNull(url, "url");
    }
}
