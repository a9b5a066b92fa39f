package cn.haztrail.bench.crud;

import cn.haztrail.bench.Lifecycle;
import cn.haztrail.bench.Step;
import cn.haztrail.bench.StepTimer;
import cn.haztrail.demo.DemoParties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The CRUD baseline's lifecycle: the same seven steps through {@link CrudService}, which answers with what it changed
 * (a CRUD controller would return the entity it holds, so no extra read per step).
 */
public final class CrudLifecycle implements Lifecycle {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal KG = new BigDecimal("100");
    private static final String PLATE = "赣H12345";

    private final CrudService crud;
    private final JdbcTemplate jdbc;

    public CrudLifecycle(ApplicationContext context) {
        this.crud = context.getAutowireCapableBeanFactory().createBean(CrudService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        context.getAutowireCapableBeanFactory().createBean(CrudReferenceData.class).loadDemoParties();
    }

    @Override
    public String design() {
        return "Spring Data JPA CRUD";
    }

    @Override
    public long rowsWritten() {
        return jdbc.queryForObject("select (select count(*) from crud_history) + (select count(*) from crud_batch)"
                + " + (select count(*) from crud_manifest) + (select count(*) from crud_manifest_line)", Long.class);
    }

    @Override
    public void run(StepTimer timer) throws Exception {
        UUID producer = DemoParties.CHEMICAL_PLANT;
        UUID batch = timer.time(Step.REGISTER, () -> crud.register("producer", producer, "900-249-08", KG, 1, "T,I",
                Instant.now().minusSeconds(86_400)));
        UUID manifest = UUID.randomUUID();
        timer.time(Step.DRAFT, () -> {
            crud.draft("producer", manifest, producer, DemoParties.DISPOSAL_CENTRE, DemoParties.CARRIER, PLATE,
                    List.of(batch), "D10", LocalDate.now(SHANGHAI));
            return null;
        });
        timer.time(Step.SUBMIT, () -> crud.submit("producer", manifest, producer));
        timer.time(Step.PICKUP, () -> {
            crud.pickUp("carrier", manifest, DemoParties.CARRIER, PLATE, "李师傅", "13807981234",
                    List.of(batch.toString().replace("-", "")), Instant.now());
            return null;
        });
        timer.time(Step.ARRIVAL, () -> {
            crud.arrive("carrier", manifest, DemoParties.CARRIER, Instant.now());
            return null;
        });
        timer.time(Step.RECEIPT, () -> {
            crud.receive("receiver", manifest, DemoParties.DISPOSAL_CENTRE, KG, Instant.now());
            return null;
        });
        timer.time(Step.DISPOSAL, () -> {
            crud.dispose("receiver", batch, DemoParties.DISPOSAL_CENTRE, "D10", KG, LocalDate.now(SHANGHAI));
            return null;
        });
    }
}
