package cn.haztrail.backflow;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds backflow files in JSON Lines with the demo parties: the chemical plant (producer, 360203), the carrier and
 * the disposal centre (360222). Each test uses its own serial range, so files of different tests never meet.
 */
public final class BackflowFile {

    public static final String PLANT = "91360200MA35G8XK2H";
    public static final String CARRIER = "91360200MA38R2TC18";
    public static final String CENTRE = "91360200MA39H5LD0E";

    private final List<Map<String, String>> records = new ArrayList<>();

    public BackflowFile enterprise(String creditCode) {
        return add(record("ENTERPRISE", "E-" + creditCode, "creditCode", creditCode));
    }

    /** A batch of waste oil generated on 2026-03-02, 1.2 t. */
    public BackflowFile batch(String id, int serial) {
        return batchOn(id, LocalDate.parse("2026-03-02"), serial);
    }

    /** A batch of waste oil generated at 09:00 in China on {@code day}, 1.2 t, its label's sequence {@code serial}. */
    public BackflowFile batchOn(String id, LocalDate day, int serial) {
        return add(record("BATCH", id, "producerCreditCode", PLANT,
                "labelId", PLANT + "90024908" + day.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", serial % 1000),
                "wasteCode", "900-249-08", "quantity", "1.2", "unit", "t", "physicalForm", "LIQUID",
                "packagingType", "DRUM", "packagingCount", "6", "hazards", "T,I",
                "generatedAt", day + "T09:00:00+08:00", "storageLocation", "储存库A"));
    }

    /** A manifest of one batch from the plant to the centre, received whole. */
    public BackflowFile manifest(String id, String batchId, int serial) {
        return add(manifestRecord(id, batchId, serial));
    }

    public Map<String, String> manifestRecord(String id, String batchId, int serial) {
        return record("MANIFEST", id, "manifestNumber", String.format("20263602%06d", serial),
                "consignorCreditCode", PLANT, "originRegion", "360203", "receiverCreditCode", CENTRE,
                "destinationRegion", "360222", "carrierCreditCode", CARRIER, "vehiclePlate", "赣H12345",
                "plannedDate", "2026-03-05", "plannedMethod", "D10",
                "draftedAt", "2026-03-04T08:00:00+08:00", "submittedAt", "2026-03-04T09:00:00+08:00",
                "pickedUpAt", "2026-03-05T08:00:00+08:00", "arrivedAt", "2026-03-05T11:00:00+08:00",
                "receivedAt", "2026-03-05T14:00:00+08:00", "lineBatches", batchId, "lineDecisions", "ACCEPT",
                "lineAcceptedTonnes", "1.18", "lineMethods", "D10");
    }

    public BackflowFile disposal(String id, String batchId) {
        return add(record("DISPOSAL", id, "batchSourceId", batchId, "receiverCreditCode", CENTRE,
                "methodCode", "D10", "quantity", "1.18", "unit", "t", "disposedOn", "2026-03-10"));
    }

    public BackflowFile add(Map<String, String> record) {
        records.add(record);
        return this;
    }

    public static Map<String, String> record(String type, String id, String... pairs) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("recordType", type);
        record.put("sourceRecordId", id);
        for (int i = 0; i < pairs.length; i += 2) {
            record.put(pairs[i], pairs[i + 1]);
        }
        return record;
    }

    public byte[] jsonLines() {
        return records.stream().map(BackflowFile::json).collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Map<String, String> record) {
        return record.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
