package cn.haztrail.plan.query;

import cn.haztrail.plan.api.PlanContents;
import cn.haztrail.plan.api.PlanStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A management plan as its producer and regulators read it: the latest version's contents, where it stands, the
 * recorded version the producer's figures are held against (R31, R32), and every version with its answer.
 */
@Schema(description = "An annual management plan (危险废物管理计划, R30)")
public record PlanView(UUID id, Producer producer, int year,
                       @Schema(description = "The latest version filed, from 1") int version,
                       PlanStatus status, PlanContents contents,
                       @Schema(description = "The version the regulator recorded last; null before any", nullable = true)
                       Integer recordedVersion,
                       @Schema(description = "The filing number (备案号) of the recorded version", nullable = true)
                       String filingNumber,
                       List<Version> versions, Instant updatedAt,
                       @JsonIgnore long streamVersion) {

    public record Producer(UUID id, String name, String regionCode) {
    }

    /** One filed version and the regulator's answer to it (null while it waits). */
    public record Version(int version, Instant filedAt,
                          @Schema(nullable = true) PlanStatus outcome,
                          @Schema(nullable = true) String filingNumber,
                          @Schema(description = "Why it was returned (退回理由)", nullable = true) String reasons,
                          @Schema(nullable = true) Instant answeredAt) {
    }
}
