package cn.haztrail.backflow.command;

import cn.haztrail.backflow.format.Field;
import cn.haztrail.backflow.format.RecordRefused;
import cn.haztrail.backflow.format.SourceRecord;
import cn.haztrail.manifest.api.ManifestKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The parties, regions and kind of a manifest record, checked once for all its steps. */
record ManifestTerms(ManifestKind kind, UUID consignorId, String originRegion, UUID receiverId,
                     String destinationRegion, UUID carrierId, List<UUID> nextCarriers, List<UUID> plannedCarriers) {

    private static final Pattern NUMBER = Pattern.compile("\\d{14}");

    static ManifestTerms read(SourceRecord record, CheckContext context) {
        ManifestKind kind = record.has(Field.KIND)
                ? Values.enumValue(Field.KIND, record.get(Field.KIND), ManifestKind.class) : ManifestKind.TRANSFER;
        UUID consignor = context.enterprises().require(Field.CONSIGNOR_CREDIT_CODE,
                Values.required(record, Field.CONSIGNOR_CREDIT_CODE));
        UUID receiver = context.enterprises().require(Field.RECEIVER_CREDIT_CODE,
                Values.required(record, Field.RECEIVER_CREDIT_CODE));
        context.requireInJurisdiction(Field.CONSIGNOR_CREDIT_CODE, consignor, receiver);
        if (consignor.equals(receiver) && kind == ManifestKind.TRANSFER) {
            throw RecordRefused.of(Field.RECEIVER_CREDIT_CODE, "R10", "refused.backflow.receiver-is-consignor");
        }
        UUID carrier = record.has(Field.CARRIER_CREDIT_CODE)
                ? context.enterprises().require(Field.CARRIER_CREDIT_CODE, record.get(Field.CARRIER_CREDIT_CODE))
                : null;
        String origin = region(record, Field.ORIGIN_REGION, context);
        String destination = region(record, Field.DESTINATION_REGION, context);
        if (record.has(Field.PLANNED_METHOD) && context.methods().find(record.get(Field.PLANNED_METHOD)).isEmpty()) {
            throw RecordRefused.of(Field.PLANNED_METHOD, "R10", "refused.backflow.unknown-method",
                    record.get(Field.PLANNED_METHOD));
        }
        List<UUID> next = record.list(Field.HANDOVER_CARRIER_CREDIT_CODES).stream()
                .map(code -> context.enterprises().require(Field.HANDOVER_CARRIER_CREDIT_CODES, code)).toList();
        if (!next.isEmpty() && carrier == null) {
            throw RecordRefused.of(Field.CARRIER_CREDIT_CODE, "R15", "refused.backflow.missing",
                    Field.CARRIER_CREDIT_CODE.header());
        }
        return new ManifestTerms(kind, consignor, origin, receiver, destination, carrier, next,
                planned(record, context, carrier, next));
    }

    /**
     * The carriers the manifest names beyond those the waste reached (R15: a handover goes to the next one named), when
     * the record gives them: they begin with the first carrier and the handovers' carriers, in that order.
     */
    private static List<UUID> planned(SourceRecord record, CheckContext context, UUID carrier, List<UUID> next) {
        List<UUID> planned = record.list(Field.PLANNED_CARRIER_CREDIT_CODES).stream()
                .map(code -> context.enterprises().require(Field.PLANNED_CARRIER_CREDIT_CODES, code)).toList();
        if (planned.isEmpty()) {
            return planned;
        }
        List<UUID> reached = new java.util.ArrayList<>();
        if (carrier != null) {
            reached.add(carrier);
        }
        reached.addAll(next);
        if (carrier == null || planned.size() < reached.size() || !planned.subList(0, reached.size()).equals(reached)) {
            throw RecordRefused.of(Field.PLANNED_CARRIER_CREDIT_CODES, "R15", "refused.backflow.planned-carriers",
                    Field.PLANNED_CARRIER_CREDIT_CODES.header(), Field.CARRIER_CREDIT_CODE.header(),
                    Field.HANDOVER_CARRIER_CREDIT_CODES.header());
        }
        return planned;
    }

    private static String region(SourceRecord record, Field field, CheckContext context) {
        String code = Values.required(record, field);
        if (!context.regions().exists(code)) {
            throw RecordRefused.of(field, "R10", "refused.backflow.unknown-region", code);
        }
        return code;
    }

    /**
     * The carriers the manifest names, in order: those the record plans, else the first, then each one a handover
     * passes the waste to (R15).
     */
    List<UUID> carrierIds() {
        if (!plannedCarriers.isEmpty()) {
            return plannedCarriers;
        }
        if (carrierId == null) {
            return List.of();
        }
        List<UUID> all = new java.util.ArrayList<>(List.of(carrierId));
        all.addAll(nextCarriers);
        return all;
    }

    /** The carrier that brings the waste to the receiver: the last a handover passed it to. */
    UUID arrivingCarrier() {
        return nextCarriers.isEmpty() ? requireCarrier() : nextCarriers.get(nextCarriers.size() - 1);
    }

    UUID requireCarrier() {
        if (carrierId == null) {
            throw RecordRefused.of(Field.CARRIER_CREDIT_CODE, "R13", "refused.backflow.missing",
                    Field.CARRIER_CREDIT_CODE.header());
        }
        return carrierId;
    }

    String requirePlate(SourceRecord record) {
        return Values.required(record, Field.VEHICLE_PLATE);
    }

    /** R11: 14 digits, the year of submission, then the origin's province and city; the serial as issued there. */
    String number(SourceRecord record, Instant submittedAt, CheckContext context) {
        String number = Values.required(record, Field.MANIFEST_NUMBER);
        String year = String.valueOf(submittedAt.atZone(context.calendar().zone()).getYear());
        if (!NUMBER.matcher(number).matches() || !number.startsWith(year)
                || !number.substring(4, 8).equals(originRegion.substring(0, 4))) {
            throw RecordRefused.of(Field.MANIFEST_NUMBER, "R11", "refused.backflow.manifest-number", number, year,
                    originRegion.substring(0, 4));
        }
        return number;
    }
}
