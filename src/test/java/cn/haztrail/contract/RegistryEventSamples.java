package cn.haztrail.contract;

import cn.haztrail.registry.api.AdmissionOverrun;
import cn.haztrail.registry.api.AdmissionReleased;
import cn.haztrail.registry.api.AdmissionReservationExpired;
import cn.haztrail.registry.api.AdmissionReserved;
import cn.haztrail.registry.api.EnterpriseRegistered;
import cn.haztrail.registry.api.LicenceAmended;
import cn.haztrail.registry.api.LicenceGranted;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceReinstated;
import cn.haztrail.registry.api.LicenceRevoked;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.LicenceSuspended;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.TransportPermitGranted;
import cn.haztrail.registry.api.VehicleRegistered;
import cn.haztrail.registry.api.WasteAdmitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fixed examples of the registry's events. */
final class RegistryEventSamples {

    static final UUID ENTERPRISE = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    static final UUID LICENCE = UUID.fromString("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d");
    static final UUID PERMIT = UUID.fromString("2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e");
    static final UUID CONTACT = UUID.fromString("3c4d5e6f-7a8b-4c0d-9e2f-3a4b5c6d7e8f");
    static final UUID MANIFEST = UUID.fromString("4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a");

    private RegistryEventSamples() {
    }

    static List<Object> all() {
        var lines = List.of(new LicenceLine("HW08", List.of(), List.of("R9"), null),
                new LicenceLine("HW17", List.of(), List.of("D1", "D10"), new BigDecimal("1200.000")),
                new LicenceLine("HW49", List.of("900-044-49"), List.of("D10"), null));
        return List.of(
                new EnterpriseRegistered(ENTERPRISE, "91360200MA39H5LD0E", "景德镇市危险废物综合处置中心", "360222",
                        "江西省景德镇市浮梁县洪源镇工业园", CONTACT, List.of(PartyRole.RECEIVER)),
                new LicenceGranted(ENTERPRISE, LICENCE, "赣危废经字第360200001号", LicenceMode.COMPREHENSIVE, lines,
                        new BigDecimal("5000.000"), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2030, 12, 31)),
                new LicenceAmended(ENTERPRISE, LICENCE, lines, new BigDecimal("45000.5"),
                        LocalDate.of(2030, 12, 31), "扩建焚烧线"),
                new LicenceSuspended(ENTERPRISE, LICENCE, "停业整顿"),
                new LicenceReinstated(ENTERPRISE, LICENCE, "整改完成"),
                new LicenceRevoked(ENTERPRISE, LICENCE, "吊销"),
                new TransportPermitGranted(ENTERPRISE, PERMIT, "赣交运管许可景字360200000123号",
                        LocalDate.of(2025, 6, 1), LocalDate.of(2029, 5, 31)),
                new VehicleRegistered(ENTERPRISE, "赣H12345", "赣交运管景字360200012345号"),
                new WasteAdmitted(ENTERPRISE, LICENCE, MANIFEST, LocalDate.of(2026, 1, 1), new BigDecimal("12.480"),
                        List.of(new WasteAdmitted.LineTonnes("HW17", new BigDecimal("12.480")))),
                new AdmissionReserved(ENTERPRISE, LICENCE, MANIFEST, LocalDate.of(2026, 1, 1),
                        new BigDecimal("12.480"), List.of(new WasteAdmitted.LineTonnes("HW17",
                        new BigDecimal("12.480"))), Instant.parse("2026-05-04T06:30:00Z")),
                new AdmissionReleased(ENTERPRISE, LICENCE, MANIFEST, new BigDecimal("12.480"), "接收被拒：R17"),
                new AdmissionReservationExpired(ENTERPRISE, LICENCE, MANIFEST, new BigDecimal("12.480"),
                        Instant.parse("2026-05-04T06:30:00Z")),
                new AdmissionOverrun(ENTERPRISE, MANIFEST, LICENCE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 4),
                        new BigDecimal("12.480"), new BigDecimal("2.480"), "R04"));
    }
}
