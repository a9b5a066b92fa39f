package cn.haztrail.contract;

import cn.haztrail.enrolment.api.ApplicationApproved;
import cn.haztrail.enrolment.api.ApplicationRefused;
import cn.haztrail.enrolment.api.ApplicationSubmitted;
import cn.haztrail.enrolment.api.DeclaredLicence;
import cn.haztrail.enrolment.api.DeclaredPermit;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.PartyRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the self-registration events: no contact data, no username, no token. */
final class EnrolmentEventSamples {

    static final UUID APPLICATION = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID CONTACT = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    static final UUID ENTERPRISE = UUID.fromString("4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f8a");

    private EnrolmentEventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new ApplicationSubmitted(APPLICATION, "91360200MA35G8XK2H", "景德镇市昌南化工有限公司", "360203",
                        "江西省景德镇市珠山区昌江大道88号", CONTACT, List.of(PartyRole.RECEIVER, PartyRole.CARRIER),
                        List.of(new DeclaredLicence("赣危废经字第360200009号", LicenceMode.COMPREHENSIVE,
                                List.of(new LicenceLine("HW08", List.of(), List.of("R9"), null)),
                                new BigDecimal("5000.000"), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31))),
                        List.of(new DeclaredPermit("赣交运管许可景字360200000123号", LocalDate.of(2025, 6, 1),
                                LocalDate.of(2029, 5, 31)))),
                new ApplicationApproved(APPLICATION, ENTERPRISE),
                new ApplicationRefused(APPLICATION, "营业执照信息与信用代码不符"));
    }
}
