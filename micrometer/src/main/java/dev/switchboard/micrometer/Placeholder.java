package dev.switchboard.micrometer;

final class Placeholder {
    io.micrometer.core.instrument.MeterRegistry r;
}
