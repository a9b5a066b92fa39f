package cn.haztrail.registry.query;

import cn.haztrail.personal.PersonalDetails;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise with its licences, permits and vehicles. The contact person is shown only to the enterprise itself,
 * administrators and the regulators of its region; licences and permits are public registry information.
 */
@Schema(description = "An enterprise with its licences, permits and vehicles")
public record EnterpriseProfile(
        UUID id,
        @Schema(example = "91360200MA35G8XK2H") String creditCode,
        @Schema(example = "景德镇市昌南化工有限公司") String name,
        @Schema(example = "360203") String regionCode,
        @Schema(example = "360000") String provinceCode,
        @Schema(example = "360200") String cityCode,
        @Schema(example = "江西省景德镇市珠山区昌江大道88号") String address,
        @Schema(example = "[\"PRODUCER\"]") List<String> roles,
        @Schema(nullable = true) PersonalDetails contact,
        @Schema(description = "The contact's reference in the personal-data store (what events carry)", nullable = true)
        UUID contactRef,
        List<LicenceView> licences,
        List<PermitView> permits,
        List<VehicleView> vehicles,
        Instant registeredAt,
        @Schema(description = "Stream version, also sent as the ETag", example = "0") long version) {
}
