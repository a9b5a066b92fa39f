package cn.haztrail.backflow.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a backflow record: the CSV header and the JSON Lines keys alike (api-docs/backflow-format.md maps
 * each to the national transfer manifest). One flat set for every record type; a type leaves the others empty.
 */
public enum Field {
    RECORD_TYPE("recordType"),
    SOURCE_SYSTEM("sourceSystem"),
    SOURCE_RECORD_ID("sourceRecordId"),
    // enterprise
    CREDIT_CODE("creditCode"),
    NAME("name"),
    // batch
    PRODUCER_CREDIT_CODE("producerCreditCode"),
    LABEL_ID("labelId"),
    WASTE_CODE("wasteCode"),
    EDITION("edition"),
    QUANTITY("quantity"),
    UNIT("unit"),
    PHYSICAL_FORM("physicalForm"),
    PACKAGING_TYPE("packagingType"),
    PACKAGING_COUNT("packagingCount"),
    HAZARDS("hazards"),
    MAIN_COMPONENTS("mainComponents"),
    GENERATED_AT("generatedAt"),
    STORAGE_LOCATION("storageLocation"),
    // manifest
    MANIFEST_NUMBER("manifestNumber"),
    KIND("kind"),
    CONSIGNOR_CREDIT_CODE("consignorCreditCode"),
    ORIGIN_REGION("originRegion"),
    RECEIVER_CREDIT_CODE("receiverCreditCode"),
    DESTINATION_REGION("destinationRegion"),
    CARRIER_CREDIT_CODE("carrierCreditCode"),
    VEHICLE_PLATE("vehiclePlate"),
    PLANNED_DATE("plannedDate"),
    PLANNED_METHOD("plannedMethod"),
    EMERGENCY_MEASURES("emergencyMeasures"),
    DRAFTED_AT("draftedAt"),
    SUBMITTED_AT("submittedAt"),
    PICKED_UP_AT("pickedUpAt"),
    ARRIVED_AT("arrivedAt"),
    RECEIVED_AT("receivedAt"),
    LINE_BATCHES("lineBatches"),
    LINE_DECISIONS("lineDecisions"),
    LINE_ACCEPTED_TONNES("lineAcceptedTonnes"),
    LINE_ACCEPTED_UNITS("lineAcceptedUnits"),
    LINE_METHODS("lineMethods"),
    LINE_DISCREPANCIES("lineDiscrepancies"),
    LINE_CONTAINERS_RECEIVED("lineContainersReceived"),
    LINE_NOTES("lineNotes"),
    LINE_WEIGHBRIDGE_TICKETS("lineWeighbridgeTickets"),
    HANDOVER_CARRIER_CREDIT_CODES("handoverCarrierCreditCodes"),
    HANDOVER_OFFERED_AT("handoverOfferedAt"),
    HANDED_OVER_AT("handedOverAt"),
    HANDOVER_PLATES("handoverPlates"),
    PLANNED_CARRIER_CREDIT_CODES("plannedCarrierCreditCodes"),
    CANCELLED_AT("cancelledAt"),
    CANCEL_REASON("cancelReason"),
    // disposal
    BATCH_SOURCE_ID("batchSourceId"),
    METHOD_CODE("methodCode"),
    DISPOSED_ON("disposedOn"),
    DISPOSED_AT("disposedAt");

    /** Separates the values of one line field (a list per manifest line) in both formats. */
    public static final String LIST_SEPARATOR = "|";

    private final String header;

    Field(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static Optional<Field> byHeader(String header) {
        return Arrays.stream(values()).filter(field -> field.header.equals(header)).findFirst();
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(Field::header).toList();
    }
}
