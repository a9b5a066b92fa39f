package cn.haztrail.documents;

import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.oversight.integrity.StreamHead;

import java.time.Instant;
import java.util.List;

/**
 * Everything a printed manifest shows, gathered before layout: the manifest as its reader sees it, its regions by
 * name, its parties from
 * the registry, its lines with their batches' form and packaging, every confirmation of its stream, and the hash head.
 */
record ManifestSheet(ManifestView manifest, String origin, String destination, Party consignor, List<Carrier> carriers, Party receiver, List<Line> lines,
                     List<Step> steps, String qrPayload, StreamHead head, Instant printedAt) {

    /** An enterprise as the form names it; {@code licence} is the business licence or transport permit number. */
    record Party(String name, String creditCode, String address, String licence) {
    }

    /** A carrier with the vehicle it drove and the driver's name (blank if none is recorded or it was erased). */
    record Carrier(Party party, String vehiclePlate, String driver) {
    }

    /** A line with what its batch says about form and packaging. */
    record Line(ManifestView.Line line, String form, String packaging) {
    }

    /** A confirmation of the manifest's stream: what was done, by whom, when it happened and when it was recorded. */
    record Step(String what, String who, Instant businessTime, Instant recordedAt, String mark, String summary) {
    }
}
