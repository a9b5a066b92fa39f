package cn.haztrail.report.query;

import cn.haztrail.registry.query.EnterpriseProfile;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.LicenceView;
import cn.haztrail.report.api.ReportFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Computes a licence holder's annual report from events as they stand now (R33): the draft the holder submits and
 * the figures the regulator compares a submitted report with. Reads the rows {@link ReportLedgerProjection} keeps
 * and the registry's licences; nothing is typed in.
 */
@Service
@Transactional(readOnly = true)
public class DraftReports {

    private static final String UNTREATED = "STORAGE_COLLECTION";

    private final JdbcTemplate jdbc;
    private final EnterpriseQueries enterprises;
    private final HolderStorage storage;

    DraftReports(JdbcTemplate jdbc, EnterpriseQueries enterprises, HolderStorage storage) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.storage = storage;
    }

    public ReportFigures draft(UUID holderId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ReportFigures.Received> received = jdbc.query("""
                select b.waste_category, r.method_code, sum(r.accepted_tonnes) as tonnes
                from report_receipt_line r join report_batch b on b.batch_id = r.batch_id
                where r.receiver_id = ? and r.received_on between ? and ?
                group by b.waste_category, r.method_code order by b.waste_category, r.method_code""",
                (rs, i) -> new ReportFigures.Received(rs.getString(1), rs.getString(2),
                        Tonnes.rounded(rs.getBigDecimal(3))), holderId, Date.valueOf(first), Date.valueOf(last));
        List<ReportFigures.Treated> treated = jdbc.query("""
                select b.waste_category, d.method_code, d.method_kind, sum(coalesce(d.tonnes, 0)) as tonnes
                from report_disposal d join report_batch b on b.batch_id = d.batch_id
                where d.receiver_id = ? and d.disposed_on between ? and ? and d.method_kind <> ?
                group by b.waste_category, d.method_code, d.method_kind
                order by b.waste_category, d.method_code""",
                (rs, i) -> new ReportFigures.Treated(rs.getString(1), rs.getString(2), rs.getString(3),
                        Tonnes.rounded(rs.getBigDecimal(4))), holderId, Date.valueOf(first), Date.valueOf(last),
                UNTREATED);
        List<ReportFigures.Stock> stock = stock(holderId, first.minusDays(1), last);
        LicenceUseCounter use = licenceUse(holderId, first, last);
        return new ReportFigures(
                sum(received.stream().map(ReportFigures.Received::tonnes).toList()),
                sum(treated.stream().filter(t -> t.kind().equals("UTILIZATION")).map(ReportFigures.Treated::tonnes)
                        .toList()),
                sum(treated.stream().filter(t -> !t.kind().equals("UTILIZATION")).map(ReportFigures.Treated::tonnes)
                        .toList()),
                sum(stock.stream().map(ReportFigures.Stock::startTonnes).toList()),
                sum(stock.stream().map(ReportFigures.Stock::endTonnes).toList()),
                use.outsideLicence(), received, treated, stock, use.licenceUse(), use.lineUse());
    }

    /** Tonnes per category in storage at the end of each day ({@link HolderStorage}). */
    private List<ReportFigures.Stock> stock(UUID holderId, LocalDate start, LocalDate end) {
        Map<String, BigDecimal> atStart = stockOn(holderId, start);
        Map<String, BigDecimal> atEnd = stockOn(holderId, end);
        Map<String, ReportFigures.Stock> rows = new TreeMap<>();
        for (String category : union(atStart, atEnd)) {
            rows.put(category, new ReportFigures.Stock(category, Tonnes.rounded(atStart.get(category)),
                    Tonnes.rounded(atEnd.get(category))));
        }
        return List.copyOf(rows.values());
    }

    private Map<String, BigDecimal> stockOn(UUID holderId, LocalDate day) {
        return storage.on(holderId, day);
    }

    private LicenceUseCounter licenceUse(UUID holderId, LocalDate first, LocalDate last) {
        List<LicenceView> licences = enterprises.profile(holderId, false).map(EnterpriseProfile::licences)
                .orElse(List.of()).stream()
                .filter(l -> !l.validFrom().isAfter(last) && !l.validTo().isBefore(first)).toList();
        LicenceUseCounter counter = new LicenceUseCounter(licences);
        jdbc.query("""
                select b.waste_code, r.method_code, r.received_on, r.accepted_tonnes
                from report_receipt_line r join report_batch b on b.batch_id = r.batch_id
                where r.receiver_id = ? and r.received_on between ? and ?
                order by r.received_at, r.manifest_id, r.batch_id""",
                rs -> {
                    counter.count(new LicenceUseCounter.Receipt(rs.getString(1), rs.getString(2),
                            rs.getDate(3).toLocalDate(), rs.getBigDecimal(4)));
                }, holderId, Date.valueOf(first), Date.valueOf(last));
        return counter;
    }

    private static Set<String> union(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return Tonnes.rounded(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
