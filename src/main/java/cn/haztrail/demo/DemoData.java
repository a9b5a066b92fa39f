package cn.haztrail.demo;

import cn.haztrail.account.application.AccountLifecycle;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.api.GrantLicence;
import cn.haztrail.registry.api.GrantTransportPermit;
import cn.haztrail.registry.api.LicenceMode;
import cn.haztrail.registry.api.LicenceLine;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.api.RegisterVehicle;
import cn.haztrail.registry.application.EnterpriseRegistration;
import cn.haztrail.registry.query.EnterpriseQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.haztrail.demo.DemoParties.*;

/**
 * Demo enterprises, licences, permits, vehicles and one account per role, created through the same commands as
 * real data on the first start of an embedded installation, so that a newcomer can walk the whole flow in
 * Swagger UI. Every demo account's password is {@value #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "haztrail.demo.enabled", havingValue = "true")
@Order(1)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final EnterpriseQueries enterprises;
    private final EnterpriseRegistration registration;
    private final AccountLifecycle accounts;

    DemoData(CommandGateway commands, EnterpriseQueries enterprises, EnterpriseRegistration registration,
             AccountLifecycle accounts) {
        this.commands = commands;
        this.enterprises = enterprises;
        this.registration = registration;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enterprises.profile(CHEMICAL_PLANT, false).isPresent()) {
            return;
        }
        register(CHEMICAL_PLANT, "91360200MA35G8XK2H", "景德镇市昌南化工有限公司", "360203",
                "江西省景德镇市珠山区昌江大道88号", "王建国", "0798-8561234", PartyRole.PRODUCER);
        register(HOSPITAL, "12360200491567032D", "景德镇市第一人民医院", "360202", "江西省景德镇市昌江区中华北路317号",
                "李秀兰", "0798-8223456", PartyRole.PRODUCER);
        register(CARRIER, "91360200MA38R2TC18", "景德镇市安运危险货物运输有限公司", "360203",
                "江西省景德镇市珠山区新厂西路12号", "张伟", "0798-8337788", PartyRole.CARRIER);
        register(SECOND_CARRIER, "91360900MA36C4YT3C", "宜春市赣西危险品运输有限公司", "360902",
                "江西省宜春市袁州区宜阳大道99号", "周强", "0795-3208866", PartyRole.CARRIER);
        register(DISPOSAL_CENTRE, "91360200MA39H5LD0E", "景德镇市危险废物综合处置中心", "360222",
                "江西省景德镇市浮梁县洪源镇工业园", "刘洋", "0798-2661010", PartyRole.RECEIVER);
        register(CEMENT_PLANT, "91360900MA35N2RW4H", "宜春市丰城南方水泥有限公司", "360981",
                "江西省丰城市尚庄街道工业园", "陈静", "0795-6452233", PartyRole.RECEIVER, PartyRole.PRODUCER);
        register(COLLECTOR, "91360200MA37KT6B8P", "景德镇市绿源危废收集有限公司", "360281",
                "江西省乐平市塔山工业园", "赵磊", "0798-6889900", PartyRole.COLLECTOR);
        register(SHENZHEN_RECYCLER, "91440300MA5F3LNE70", "深圳市宝安再生资源利用有限公司", "440306",
                "广东省深圳市宝安区福海街道", "黄敏", "0755-27751234", PartyRole.RECEIVER);

        LocalDate from = LocalDate.of(2024, 1, 1);
        // As issued: methods and, for some lines, a capacity per category (incineration for medical waste only).
        licence(DISPOSAL_CENTRE, "赣危废经字第360200001号", LicenceMode.COMPREHENSIVE, List.of(
                        line("HW01", List.of(), List.of("D10", "Y10"), "3000"),
                        line("HW06", List.of(), List.of("D10", "R9"), null),
                        line("HW08", List.of(), List.of("D10", "R9"), null),
                        line("HW12", List.of(), List.of("D9", "D10"), null),
                        line("HW17", List.of(), List.of("D1", "D9", "D10"), "5000"),
                        line("HW18", List.of(), List.of("D1"), null),
                        line("HW49", List.of("900-044-49"), List.of("D1", "D10"), null)),
                "30000", from, LocalDate.of(2028, 12, 31));
        licence(CEMENT_PLANT, "赣危废经字第360900007号", LicenceMode.COMPREHENSIVE,
                sameMethods(List.of("HW08", "HW12", "HW17", "HW18", "HW49"), List.of("C1")), "60000", from,
                LocalDate.of(2028, 12, 31));
        licence(COLLECTOR, "赣危废收字第360200015号", LicenceMode.COLLECTION,
                sameMethods(List.of("HW08", "HW49"), List.of("HTC1", "HTS1")), "3000", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31));
        licence(SHENZHEN_RECYCLER, "粤危废经字第440300021号", LicenceMode.COMPREHENSIVE,
                sameMethods(List.of("HW08", "HW17"), List.of("R4", "R9")), "20000", from, LocalDate.of(2028, 12, 31));
        commands.sendAndWait(new GrantTransportPermit(CARRIER, UUID.nameUUIDFromBytes("demo-permit".getBytes()),
                "赣交运管许可景字360200000123号", LocalDate.of(2025, 6, 1), LocalDate.of(2029, 5, 31), null));
        commands.sendAndWait(new RegisterVehicle(CARRIER, "赣H12345", "赣交运管景字360200012345号", null));
        commands.sendAndWait(new RegisterVehicle(CARRIER, "赣H67890", "赣交运管景字360200067890号", null));
        commands.sendAndWait(new GrantTransportPermit(SECOND_CARRIER,
                UUID.nameUUIDFromBytes("demo-permit-2".getBytes()), "赣交运管许可宜字360900000456号",
                LocalDate.of(2025, 3, 1), LocalDate.of(2029, 2, 28), null));
        commands.sendAndWait(new RegisterVehicle(SECOND_CARRIER, "赣C23456", "赣交运管宜字360900023456号", null));

        // Each party account is its enterprise's manager (R29), activated with the published demo password.
        account("producer", PartyRole.PRODUCER, CHEMICAL_PLANT, null);
        account("hospital", PartyRole.PRODUCER, HOSPITAL, null);
        account("carrier", PartyRole.CARRIER, CARRIER, null);
        account("carrier2", PartyRole.CARRIER, SECOND_CARRIER, null);
        account("receiver", PartyRole.RECEIVER, DISPOSAL_CENTRE, null);
        account("cement", PartyRole.RECEIVER, CEMENT_PLANT, null);
        account("collector", PartyRole.COLLECTOR, COLLECTOR, null);
        account("shenzhen", PartyRole.RECEIVER, SHENZHEN_RECYCLER, null);
        account("regulator-jdz", null, null, "360200");
        account("regulator-jx", null, null, "360000");
        log.info("Loaded the demo data: 8 enterprises and 10 accounts (password '{}'), see README", PASSWORD);
    }

    private void register(UUID id, String creditCode, String name, String region, String address, String contact,
                          String phone, PartyRole... roles) {
        registration.register(id, creditCode, name, region, address, new PersonalDetails(contact, phone, null, false),
                List.of(roles));
    }

    private void licence(UUID enterprise, String number, LicenceMode mode, List<LicenceLine> lines,
                         String capacity, LocalDate from, LocalDate to) {
        commands.sendAndWait(new GrantLicence(enterprise, UUID.nameUUIDFromBytes(number.getBytes()), number, mode,
                lines, new BigDecimal(capacity), from, to, null));
    }

    private static LicenceLine line(String scope, List<String> excluded, List<String> methods, String capacity) {
        return new LicenceLine(scope, excluded, methods, capacity == null ? null : new BigDecimal(capacity));
    }

    private static List<LicenceLine> sameMethods(List<String> categories, List<String> methods) {
        return categories.stream().map(category -> line(category, List.of(), methods, null)).toList();
    }

    private void account(String username, PartyRole actsAs, UUID enterprise, String jurisdiction) {
        accounts.openActivated(username, PASSWORD, enterprise, actsAs, jurisdiction);
    }
}
