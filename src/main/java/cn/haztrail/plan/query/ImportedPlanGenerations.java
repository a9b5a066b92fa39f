package cn.haztrail.plan.query;

import cn.haztrail.batch.api.BatchRegistered;
import cn.haztrail.shared.imports.ImportedEventWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@link PlanProjection} for an imported chunk (issue 17): the producers and years that generated waste, each pair
 * once in one JDBC batch for the chunk instead of a statement per batch. The other events the import stores have no
 * handler in the plan view.
 */
@Component
class ImportedPlanGenerations implements ImportedEventWriter {

    private final JdbcTemplate jdbc;

    ImportedPlanGenerations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String group() {
        return PlanProjection.GROUP;
    }

    @Override
    public void write(List<? extends DomainEventMessage<?>> events) {
        Set<Generation> generations = new LinkedHashSet<>();
        for (DomainEventMessage<?> message : events) {
            if (message.getPayload() instanceof BatchRegistered event) {
                generations.add(new Generation(event.producerId(), PlanProjection.planYear(event)));
            } else {
                ImportedEventWriter.refuseUnwritten(message, PlanProjection.class);
            }
        }
        jdbc.batchUpdate(PlanProjection.GENERATION_INSERT, generations.stream()
                .map(generation -> new Object[]{generation.producerId(), generation.year()}).toList());
    }

    private record Generation(UUID producerId, int year) {
    }
}
