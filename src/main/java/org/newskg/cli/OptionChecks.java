package org.newskg.cli;

/** Checks of option values, each failing with one line that names the option. */
final class OptionChecks {
    private OptionChecks() {}

    /** Fails unless {@code value} is at least 1. */
    static void atLeastOne(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
    }
}
