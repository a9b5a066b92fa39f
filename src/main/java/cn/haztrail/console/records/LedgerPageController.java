package cn.haztrail.console.records;

import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.ledger.export.ExportFormat;
import cn.haztrail.ledger.export.ExportJobView;
import cn.haztrail.ledger.export.ExportState;
import cn.haztrail.ledger.export.LedgerExports;
import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.LedgerLine;
import cn.haztrail.ledger.query.LedgerLines;
import cn.haztrail.ledger.query.LedgerSummaries;
import cn.haztrail.ledger.query.Register;
import cn.haztrail.ledger.web.LedgerReaders;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An enterprise's ledger (管理台账) and registers by period, with period summaries and exports, for the enterprise
 * itself and the regulators of its region; the same readers and queries as the API (R21).
 */
@Controller
@RequestMapping("/console/records/ledger")
class LedgerPageController {

    static final int PAGE_SIZE = 50;

    private final RecordsScope scope;
    private final LedgerReaders readers;
    private final LedgerLines lines;
    private final LedgerSummaries summaries;
    private final LedgerExports exports;
    private final WasteCatalogue wastes;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneProperties zone;

    LedgerPageController(RecordsScope scope, LedgerReaders readers, LedgerLines lines, LedgerSummaries summaries,
                         LedgerExports exports, WasteCatalogue wastes, MessageSource messages, Clock clock,
                         ZoneProperties zone) {
        this.scope = scope;
        this.readers = readers;
        this.lines = lines;
        this.summaries = summaries;
        this.exports = exports;
        this.wastes = wastes;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String ledger(@ModelAttribute("form") LedgerForm form, Model model) {
        Caller caller = scope.reader();
        UUID enterprise = scope.chosen(caller, form.getEnterprise());
        model.addAttribute("enterprises", scope.inJurisdiction(caller));
        model.addAttribute("registers", Register.values());
        Map<String, String> errors = texts(form.problems(wastes));
        model.addAttribute("errors", errors);
        if (enterprise == null) {
            return "console/records/ledger";
        }
        readers.check(enterprise);
        form.setEnterprise(enterprise);
        model.addAttribute("enterpriseName", scope.name(enterprise));
        if (!errors.isEmpty()) {
            return "console/records/ledger";
        }
        LedgerFilter filter = form.filter(enterprise);
        List<LedgerLine> page = lines.page(filter, form.getPage(), PAGE_SIZE);
        long total = lines.count(filter);
        model.addAttribute("lines", page);
        model.addAttribute("total", total);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("names", scope.names(page.stream().map(LedgerLine::counterpartyId).toList()));
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        LocalDate to = filter.to() == null ? today : filter.to();
        LocalDate from = filter.from() == null ? to.withDayOfYear(1) : filter.from();
        model.addAttribute("summaries", to.isAfter(from.plusYears(10)) ? List.of()
                : summaries.summarize(enterprise, form.summaryGrain(), from, to));
        return "console/records/ledger";
    }

    @PostMapping("/exports")
    String export(@ModelAttribute("form") LedgerForm form, @RequestParam(defaultValue = "CSV") ExportFormat format,
                  Model model) {
        Caller caller = scope.reader();
        UUID enterprise = scope.chosen(caller, form.getEnterprise());
        if (enterprise == null || !form.problems(wastes).isEmpty()) {
            return ledger(form, model);
        }
        readers.check(enterprise);
        return exports.start(form.filter(enterprise), format, caller.accountId())
                .map(job -> "redirect:/console/records/ledger/exports/" + job.id() + "?enterprise=" + enterprise)
                .orElseGet(() -> {
                    model.addAttribute("busy", true);
                    return ledger(form, model);
                });
    }

    @GetMapping("/exports/{jobId}")
    String job(@PathVariable UUID jobId, @RequestParam(required = false) UUID enterprise, Model model) {
        UUID id = scope.chosen(scope.reader(), enterprise);
        ExportJobView job = found(id, jobId);
        model.addAttribute("job", job);
        model.addAttribute("enterprise", id);
        model.addAttribute("enterpriseName", scope.name(id));
        model.addAttribute("running", job.state() == ExportState.RUNNING);
        model.addAttribute("percent", job.total() == 0 ? 100 : Math.min(100, job.written() * 100 / job.total()));
        return "console/records/export";
    }

    @GetMapping("/exports/{jobId}/file")
    ResponseEntity<Resource> file(@PathVariable UUID jobId, @RequestParam(required = false) UUID enterprise) {
        UUID id = scope.chosen(scope.reader(), enterprise);
        found(id, jobId);
        LedgerExports.ExportFile file = exports.file(id, jobId).orElseThrow(() -> CommandRefused.notFound("jobId",
                Translatable.of("refused.ledger.no-file", jobId)));
        return file.download();
    }

    private ExportJobView found(UUID enterprise, UUID jobId) {
        if (enterprise == null) {
            throw CommandRefused.notFound("jobId", Translatable.of("refused.ledger.unknown-job", jobId));
        }
        readers.check(enterprise);
        return exports.find(enterprise, jobId).orElseThrow(() -> CommandRefused.notFound("jobId",
                Translatable.of("refused.ledger.unknown-job", jobId)));
    }

    private Map<String, String> texts(Map<String, String> keys) {
        Map<String, String> texts = new TreeMap<>();
        keys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key,
                LocaleContextHolder.getLocale())));
        return texts;
    }
}
