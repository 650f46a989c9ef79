package dev.switchboard.benchmarks.report;

import java.util.Optional;

/** A column of the table, and which benchmark method names fill it. */
public enum Contender {
    OURS("Switchboard"),
    TELEGRAMBOTS("TelegramBots"),
    PENGRAD("java-telegram-bot-api"),
    VK_SDK("vk-java-sdk"),
    BASELINE("baseline");

    private final String title;

    Contender(String title) {
        this.title = title;
    }

    /** The column heading. */
    public String title() {
        return title;
    }

    /** Whether this is one of the libraries compared against. */
    public boolean isPeer() {
        return this == TELEGRAMBOTS || this == PENGRAD || this == VK_SDK;
    }

    /** The column of a benchmark method; {@code validate} counts as ours. */
    public static Optional<Contender> ofMethod(String method) {
        if (method.startsWith("baseline")) {
            return Optional.of(BASELINE);
        }
        return switch (method) {
            case "ours", "validate" -> Optional.of(OURS);
            case "telegramBots" -> Optional.of(TELEGRAMBOTS);
            case "pengrad" -> Optional.of(PENGRAD);
            case "vkSdk" -> Optional.of(VK_SDK);
            default -> Optional.empty();
        };
    }
}
