package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ManifestStatus;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.time.Chronology;
import cn.haztrail.shared.time.LateEntryReason;
import cn.haztrail.shared.time.StepTimes;

import java.time.Instant;
import java.util.List;

/**
 * Where a manifest stands: its status, which decides the steps it may take next, and the steps it passed with their
 * business times, which a new step may not precede (R25). The manifest moves it only in its event sourcing handlers.
 */
final class ManifestProgress {

    private ManifestStatus status;
    private final Chronology chronology = new Chronology();

    ManifestStatus status() {
        return status;
    }

    void require(String rule, ManifestStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw CommandRefused.conflict(rule, "status", Translatable.of("refused.manifest.wrong-status", status));
        }
    }

    /** R25: not out of order, not in the future; R26: late only with a reason. */
    void checkStep(StepTimes times, String field, Translatable step, Instant at, LateEntryReason lateEntry) {
        chronology.requireNotBeforeAny(field, step, at, times.clockSkew());
        times.check(field, at, lateEntry);
    }

    /** A step that moves the manifest to {@code next}. */
    void reached(ManifestStatus next, Translatable step, Instant at) {
        status = next;
        chronology.passed(step, at);
    }

    /** A step that leaves the status as it is. */
    void passed(Translatable step, Instant at) {
        chronology.passed(step, at);
    }

    void cancelled() {
        status = ManifestStatus.CANCELLED;
    }
}
