package dev.switchboard.vk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.keyboard.Keyboard;
import dev.switchboard.core.validate.ValidationReport;
import dev.switchboard.core.validate.Validator;
import dev.switchboard.core.validate.Violation;
import dev.switchboard.core.validate.ViolationCode;
import java.util.List;
import java.util.OptionalLong;

/** A violation without its message (sentences for people are not compared); severity follows from code. */
record Found(String path, ViolationCode code, OptionalLong limit, OptionalLong actual) {

    static Found of(String path, ViolationCode code) {
        return new Found(path, code, OptionalLong.empty(), OptionalLong.empty());
    }

    static Found of(String path, ViolationCode code, long limit, long actual) {
        return new Found(path, code, OptionalLong.of(limit), OptionalLong.of(actual));
    }

    static Found of(Violation violation) {
        return new Found(violation.path(), violation.code(), violation.limit(), violation.actual());
    }

    /** Every violation VK's rules find in {@code keyboard}, in engine order; checks they are all VK's. */
    static List<Found> in(Keyboard keyboard) {
        return in(Validator.validate(keyboard, VkPlatform.rules()));
    }

    static List<Found> in(ValidationReport report) {
        assertThat(report.violations()).allMatch(v -> v.platform().equals(PlatformId.VK), "reported for VK");
        return report.violations().stream().map(Found::of).toList();
    }
}
