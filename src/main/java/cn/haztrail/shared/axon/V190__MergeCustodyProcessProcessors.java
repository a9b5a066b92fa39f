package cn.haztrail.shared.axon;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The custody processes used to run four one-segment streaming processors, each reading every event for itself;
 * they are now the one processor {@code custody-processes}. An existing installation's tokens are merged as V65
 * merged the regulator's ({@link ProcessorTokenMerge}): from the lowest position of the four; a process that had
 * handled an event already sends its command again, which changes nothing. A new database has none of them.
 */
@Component
class V190__MergeCustodyProcessProcessors extends BaseJavaMigration {

    static final String CUSTODY_PROCESSES = "custody-processes";

    @Override
    public void migrate(Context context) throws Exception {
        new ProcessorTokenMerge().merge(context.getConnection(), List.of("receipt-admission", "receipt-draw",
                "receipt-exemption-draw", "follow-on-link"), CUSTODY_PROCESSES);
    }
}
