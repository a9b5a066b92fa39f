package cn.haztrail.shared.axon;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The plan, exemption and round alerts used to run three one-segment streaming processors, each reading every event
 * for itself; they are now the one processor {@code ordered-alerts}. An existing installation's tokens are merged as
 * V65 merged the regulator's ({@link ProcessorTokenMerge}): from the lowest position of the three, their handlers
 * ignoring what they had handled already. A new database has none of them.
 */
@Component
class V189__MergeOrderedAlertProcessors extends BaseJavaMigration {

    static final String ORDERED_ALERTS = "ordered-alerts";

    @Override
    public void migrate(Context context) throws Exception {
        new ProcessorTokenMerge().merge(context.getConnection(),
                List.of("plan-alerts", "exemption-alerts", "round-alerts"), ORDERED_ALERTS);
    }
}
