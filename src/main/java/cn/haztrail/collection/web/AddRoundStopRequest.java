package cn.haztrail.collection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

@Schema(description = "The next stop of a planned round: one producer's manifest to the round's collector (R43)")
record AddRoundStopRequest(@NotNull @Schema(description = "The producer's manifest, drafted to the round's collector "
        + "with the round's carrier and vehicle") UUID manifestId) {
}
