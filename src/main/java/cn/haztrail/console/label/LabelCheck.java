package cn.haztrail.console.label;

import java.time.Instant;
import java.util.List;

/**
 * What the public label check shows a roadside inspector, and nothing more: no quantities, contacts, drivers,
 * vehicles or storage places.
 *
 * @param custody        IN_STORAGE, IN_TRANSIT, ARRIVED, RECEIVED, REJECTED or DISPOSED
 * @param manifestNumber the manifest the batch travels or travelled on; null while in storage
 */
record LabelCheck(String labelId, String wasteCode, String category, String wasteName, List<Hazard> hazards,
                  Instant generatedAt, String producerName, String custody, String manifestNumber) {

    record Hazard(String code, String nameZh, String nameEn) {
    }
}
