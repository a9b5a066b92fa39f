package cn.haztrail.collection.query;

import cn.haztrail.collection.api.CollectionRoundStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A collection round (收集批次, R42): one collector's trip with one vehicle on one day, and its "
        + "stops in order, each one producer's own manifest to the collector (R43)")
public record CollectionRoundView(
        UUID id,
        @Schema(description = "The collector (collection licence) or medical-waste disposal centre running the round")
        Party collector,
        UUID carrierId,
        @Schema(example = "赣H12345") String vehiclePlate,
        @Schema(example = "2026-11-25") LocalDate plannedDay,
        CollectionRoundStatus status,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant completedAt,
        @Schema(description = "The stops in the order of the trip; empty in lists") List<Stop> stops,
        @Schema(description = "The stream version, also the ETag") long version) {

    public record Party(UUID id, @Schema(example = "景德镇市绿源危废收集有限公司") String name,
                        @Schema(example = "360281") String regionCode) {
    }

    @Schema(description = "One stop: the producer's manifest, where it stands now, and its pickup (R43): the "
            + "producer's handover of its batches to the round's carrier")
    public record Stop(@Schema(example = "1") int stopNo, UUID manifestId,
                       @Schema(nullable = true, example = "3602002026112500001") String manifestNumber,
                       @Schema(example = "SUBMITTED") String manifestStatus, UUID producerId,
                       @Schema(example = "景德镇市昌南化工有限公司") String producerName,
                       @Schema(example = "360203") String producerRegion,
                       @Schema(description = "Whether the manifest was picked up on this round") boolean pickedUp,
                       @Schema(nullable = true, description = "When it was picked up")
                       Instant pickedUpAt,
                       @Schema(nullable = true, example = "2", description = "Its place in the order of pickup (from "
                               + "1), which may differ from the stop number; null until picked up") Integer pickupNo,
                       @Schema(description = "The round was completed without collecting it: the manifest was "
                               + "released and may join another round") boolean notCollected) {

        /** The stops with their places in the order of pickup (by pickup time, then stop number). */
        static List<Stop> inPickupOrder(List<Stop> stops) {
            List<Stop> picked = stops.stream().filter(Stop::pickedUp).sorted(java.util.Comparator
                    .comparing(Stop::pickedUpAt).thenComparingInt(Stop::stopNo)).toList();
            return stops.stream().map(stop -> stop.pickedUp() ? stop.withPickupNo(picked.indexOf(stop) + 1) : stop)
                    .toList();
        }

        private Stop withPickupNo(int no) {
            return new Stop(stopNo, manifestId, manifestNumber, manifestStatus, producerId, producerName,
                    producerRegion, pickedUp, pickedUpAt, no, notCollected);
        }
    }
}
