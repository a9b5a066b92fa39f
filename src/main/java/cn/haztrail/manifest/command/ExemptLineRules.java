package cn.haztrail.manifest.command;

import cn.haztrail.manifest.api.ExemptLine;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft's exempt lines must be (R37): lines of the manifest, each named once, and never on a return, whose
 * receiver is the consignor itself. Whether the exemption covers the line is asked before the draft is sent.
 */
public final class ExemptLineRules {

    static final String FIELD = "exemptLines";

    private ExemptLineRules() {
    }

    static void check(ManifestKind kind, Set<Object> batches, List<ExemptLine> exemptLines) {
        if (exemptLines.isEmpty()) {
            return;
        }
        if (kind == ManifestKind.RETURN) {
            throw CommandRefused.ruleViolated("R37", FIELD, Translatable.of("refused.manifest.exempt-return"));
        }
        Set<Object> named = new HashSet<>();
        for (int i = 0; i < exemptLines.size(); i++) {
            ExemptLine line = exemptLines.get(i);
            if (line == null || line.batchId() == null || line.exemptionId() == null) {
                throw CommandRefused.ruleViolated("R37", field(i),
                        Translatable.of("refused.manifest.exempt-line-incomplete"));
            }
            if (!batches.contains(line.batchId())) {
                throw CommandRefused.ruleViolated("R37", field(i) + ".batchId",
                        Translatable.of("refused.manifest.exempt-line-not-on-manifest", line.batchId()));
            }
            if (!named.add(line.batchId())) {
                throw CommandRefused.ruleViolated("R37", field(i) + ".batchId",
                        Translatable.of("refused.manifest.exempt-line-twice", line.batchId()));
            }
        }
    }

    /** How a request names its exempt line at {@code index}. */
    public static String field(int index) {
        return FIELD + "[" + index + "]";
    }
}
