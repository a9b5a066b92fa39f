package cn.haztrail.bench.crud;

import cn.haztrail.demo.DemoParties;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo parties the lifecycle needs, as the CRUD design would hold them: enterprises, a licence, a vehicle, and the
 * number counters of the city (created beforehand, as two racing first submissions could not both insert one).
 */
class CrudReferenceData {

    private final CrudEnterpriseRepository enterprises;
    private final CrudLicenceRepository licences;
    private final CrudVehicleRepository vehicles;
    private final CrudSerialRepository serials;

    CrudReferenceData(CrudEnterpriseRepository enterprises, CrudLicenceRepository licences,
                      CrudVehicleRepository vehicles, CrudSerialRepository serials) {
        this.enterprises = enterprises;
        this.licences = licences;
        this.vehicles = vehicles;
        this.serials = serials;
    }

    @Transactional
    public void loadDemoParties() {
        if (enterprises.existsById(DemoParties.CHEMICAL_PLANT)) {
            return;
        }
        enterprises.saveAll(List.of(
                new CrudEnterprise(DemoParties.CHEMICAL_PLANT, "景德镇市昌南化工有限公司", "360203", "PRODUCER"),
                new CrudEnterprise(DemoParties.CARRIER, "景德镇市安运危险货物运输有限公司", "360203", "CARRIER"),
                new CrudEnterprise(DemoParties.DISPOSAL_CENTRE, "景德镇市危险废物综合处置中心", "360222", "RECEIVER")));
        licences.save(new CrudLicence(java.util.UUID.randomUUID(), DemoParties.DISPOSAL_CENTRE,
                "HW01,HW06,HW08,HW12,HW17,HW18,HW49", "D1,D9,D10,R9,Y10", LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31), new BigDecimal("30000")));
        vehicles.save(new CrudVehicle("赣H12345", DemoParties.CARRIER, LocalDate.of(2029, 5, 31)));
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        serials.saveAll(List.of(new CrudSerial("3602-" + year), new CrudSerial("3602-" + (year + 1))));
    }
}
