package cn.haztrail.shared.axon;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The regulator's read side used to run four streaming processors that each read every event: oversight-alerts and
 * oversight-facts are now the one processor {@code oversight}, and the webhook outbox (webhooks) runs in the
 * {@code feed} processor. An existing installation's tokens and dead letters are merged ({@link ProcessorTokenMerge});
 * a new database has none, and the processors start from the first event as always. Flyway runs it once, before
 * any processor starts, on the one node that holds Flyway's lock. A Spring bean: Spring Boot hands it to Flyway.
 */
@Component
class V65__MergeReadSideProcessors extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ProcessorTokenMerge merge = new ProcessorTokenMerge();
        merge.merge(context.getConnection(), List.of("oversight-alerts", "oversight-facts"),
                ProcessingConfiguration.OVERSIGHT);
        merge.merge(context.getConnection(), List.of(ProcessingConfiguration.FEED, "webhooks"),
                ProcessingConfiguration.FEED);
    }
}
