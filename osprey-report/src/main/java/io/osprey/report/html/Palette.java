package io.osprey.report.html;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.Verdict;
import io.osprey.rules.Level;

/** The report's colours and labels, one place for the charts, badges and legends. */
final class Palette {
    private Palette() {
    }

    static String color(Attribution attribution) {
        return switch (attribution) {
            case ATTACKER -> "#d32f2f";
            case SUSPICIOUS -> "#f57c00";
            case USER -> "#78909c";
        };
    }

    static String color(Verdict verdict) {
        return switch (verdict) {
            case ASSUME_FULL_COMPROMISE -> "#8e0000";
            case FOLDERS_SYNCED -> "#e65100";
            case MESSAGES_ACCESSED -> "#f9a825";
            case NOT_AUDITED -> "#616161";
            case NO_EVIDENCE_OF_ACCESS -> "#2e7d32";
        };
    }

    static String color(CoverageStatus status) {
        return switch (status) {
            case AUDITED -> "#81c784";
            case THROTTLED -> "#c62828";
            case NOT_AUDITED -> "#e0e0e0";
        };
    }

    static String color(Level level) {
        return switch (level) {
            case CRITICAL -> "#8e0000";
            case HIGH -> "#d32f2f";
            case MEDIUM -> "#f57c00";
            case LOW -> "#fbc02d";
            case INFORMATIONAL -> "#78909c";
        };
    }

    /** "Assume full compromise" for ASSUME_FULL_COMPROMISE. */
    static String label(Verdict verdict) {
        String words = verdict.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The CSS class of a verdict badge, e.g. {@code verdict-assume-full-compromise}. */
    static String cssClass(Verdict verdict) {
        return "verdict verdict-" + verdict.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
