package cn.haztrail.shared.axon.integrity;

import cn.haztrail.shared.persistence.DatabaseProduct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The highest global position the event store's sequence ({@code domain_event_entry_seq}, V1) has issued. Every
 * appended event takes its {@code global_index} from that sequence, so a stored row above it was not put there by an
 * append: its position was written by hand (R23). Streaming processors and feed readers go no further than this, so
 * such a row cannot carry their positions past events they have not seen. A sequence is not transactional: the value
 * read covers every event whose insert has begun, committed or not.
 */
@Component
public class IssuedPositions {

    private static final String H2 = "select base_value - increment from information_schema.sequences "
            + "where sequence_name = 'domain_event_entry_seq'";
    private static final String POSTGRES = "select case when is_called then last_value else last_value - 1 end "
            + "from domain_event_entry_seq";

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    public IssuedPositions(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** @return the highest position issued so far; 0 before the first event */
    public long highest() {
        Long highest = jdbc.queryForObject(database.isPostgres() ? POSTGRES : H2, Long.class);
        return highest == null ? 0 : Math.max(0, highest);
    }
}
