package cn.haztrail.enrolment.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Command-side lookup of the credit codes with a PENDING application (R01: one registration per code, so one open
 * application per code too). Its primary key makes the second of two racing applications fail and roll back.
 */
@Component
public class PendingCreditCodes {

    private final JdbcTemplate jdbc;

    PendingCreditCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isPending(String creditCode) {
        return !jdbc.queryForList("select 1 from enrolment_pending_code where credit_code = ?", Integer.class,
                creditCode).isEmpty();
    }

    void claim(String creditCode, UUID applicationId) {
        jdbc.update("insert into enrolment_pending_code (credit_code, application_id) values (?, ?)", creditCode,
                applicationId);
    }

    void release(UUID applicationId) {
        jdbc.update("delete from enrolment_pending_code where application_id = ?", applicationId);
    }
}
