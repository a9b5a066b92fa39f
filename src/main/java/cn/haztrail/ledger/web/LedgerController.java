package cn.haztrail.ledger.web;

import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCode;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.ledger.export.ExportJobView;
import cn.haztrail.ledger.export.LedgerExports;
import cn.haztrail.ledger.query.LedgerFilter;
import cn.haztrail.ledger.query.LedgerLines;
import cn.haztrail.ledger.query.LedgerSummaries;
import cn.haztrail.ledger.query.Register;
import cn.haztrail.ledger.query.SummaryGrain;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.web.FieldProblem;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.PlausibleDate;
import cn.haztrail.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@RestController
@RequestMapping(LedgerController.PATH)
@Tag(name = "Ledgers", description = "Each enterprise's ledger (管理台账, HJ 1259-2022) and registers, projected from "
        + "the batch and manifest events (never typed twice); period summaries and CSV/XLSX exports")
class LedgerController {

    static final String PATH = "/api/v1/enterprises/{id}/ledger";
    private static final String READERS = " Readable by the enterprise's own accounts, the regulators whose "
            + "jurisdiction holds its region and administrators (R21); anyone else gets 403, an unknown enterprise 404.";
    /** Ten years of months at most: a summary is one answer, not a stream. */
    private static final int MAX_SUMMARY_YEARS = 10;

    private final LedgerReaders readers;
    private final LedgerLines lines;
    private final LedgerSummaries summaries;
    private final LedgerExports exports;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final WasteCatalogue wastes;

    LedgerController(LedgerReaders readers, LedgerLines lines, LedgerSummaries summaries, LedgerExports exports,
                     MessageSource messages, Clock clock, ZoneProperties zone, WasteCatalogue wastes) {
        this.wastes = wastes;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone.zone();
        this.readers = readers;
        this.lines = lines;
        this.summaries = summaries;
        this.exports = exports;
    }

    @GetMapping("/lines")
    @Operation(operationId = "listLedgerLines", summary = "An enterprise's ledger lines, or one register",
            description = "Without a register: the whole ledger (generation and storage in, shipments, carriages, "
                    + "receipts, utilization and disposal). INCOMING: what the enterprise received; OUTGOING: what "
                    + "it shipped; TRANSPORTED: what it carried; MANAGED: what it utilized or disposed of. Oldest "
                    + "first. The person responsible is a reference (an account id, or the driver's personal-data "
                    + "reference), never a name." + READERS)
    PageResponse<LedgerLineView> lines(
            @PathVariable UUID id,
            @RequestParam(required = false) Register register,
            @Parameter(description = "First day (Asia/Shanghai), included", example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
            LocalDate from,
            @Parameter(description = "Last day (Asia/Shanghai), included", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
            LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}-\\d{3}-\\d{2}",
                    message = "must be a waste code like 900-249-08") String wasteCode,
            @Parameter(description = "The other enterprise of the line")
            @RequestParam(required = false) UUID counterpartyId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        readers.check(id);
        LedgerFilter filter = filter(id, register, from, to, wasteCode, counterpartyId);
        return new PageResponse<>(lines.page(filter, page, size).stream().map(LedgerLineView::of).toList(), page,
                size, lines.count(filter));
    }

    @GetMapping("/summary")
    @Operation(operationId = "getLedgerSummary", summary = "Monthly, quarterly or yearly figures of the ledger",
            description = "Per period of the grain, from the one holding from to the one holding to: generated, "
                    + "shipped, carried, received, utilized or disposed of (per method), and in storage at the end, "
                    + "in tonnes, summed from the ledger lines. Storage moves in with generation and receipt and "
                    + "out with shipment and utilization or disposal." + READERS)
    List<PeriodSummaryView> summary(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "MONTH") SummaryGrain grain,
            @Parameter(description = "A day in the first period; default 1 January of this year",
                    example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
            LocalDate from,
            @Parameter(description = "A day in the last period; default today (Asia/Shanghai)",
                    example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate
            LocalDate to) {
        readers.check(id);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        to = to == null ? today : to;
        from = from == null ? to.withDayOfYear(1) : from;
        checkPeriod(from, to);
        if (to.isAfter(from.plusYears(MAX_SUMMARY_YEARS))) {
            throw new InvalidFilter("to", "must be at most " + MAX_SUMMARY_YEARS + " years after from");
        }
        return summaries.summarize(id, grain, from, to).stream().map(PeriodSummaryView::of).toList();
    }

    @PostMapping("/exports")
    @Operation(operationId = "startLedgerExport", summary = "Export the ledger or a register to CSV or XLSX",
            description = "Runs in the background, streamed from the database to a file, so that a year of a large "
                    + "facility exports in bounded memory. Follow the job at Location; download the file once it is "
                    + "COMPLETED. Columns are headed in Chinese." + READERS)
    @ApiResponse(responseCode = "202", description = "The job, started")
    @ApiResponse(responseCode = "503", description = "Too many exports waiting; nothing was started",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ExportJobView> export(@PathVariable UUID id, @Valid @RequestBody ExportRequest request) {
        Caller caller = readers.check(id);
        LedgerFilter filter = filter(id, request.register(), request.from(), request.to(), request.wasteCode(),
                request.counterpartyId());
        ExportJobView job = exports.start(filter, request.format(), caller.accountId())
                .orElseThrow(() -> new Busy());
        return ResponseEntity.accepted().location(URI.create(base(id) + "/exports/" + job.id())).body(job);
    }

    @GetMapping("/exports/{jobId}")
    @Operation(operationId = "getLedgerExport", summary = "An export job: state and lines written so far",
            description = "Poll until the state is no longer RUNNING." + READERS)
    ExportJobView job(@PathVariable UUID id, @PathVariable UUID jobId) {
        readers.check(id);
        return exports.find(id, jobId).orElseThrow(() -> unknownJob(jobId));
    }

    @GetMapping(value = "/exports/{jobId}/file", produces = {"text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getLedgerExportFile", summary = "The file of a completed export",
            description = "CSV (UTF-8 with a byte-order mark) or XLSX, as the export asked; any node serves it. A "
                    + "job that is not COMPLETED, or whose file was deleted after haztrail.ledger.keep-exports "
                    + "(7 days), has no file: 404." + READERS)
    @ApiResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID jobId) {
        readers.check(id);
        LedgerExports.ExportFile file = exports.file(id, jobId).orElseThrow(() -> CommandRefused.notFound("jobId",
                Translatable.of("refused.ledger.no-file", jobId)));
        return file.download();
    }

    @ExceptionHandler(InvalidFilter.class)
    ProblemDetail invalid(InvalidFilter e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters."), List.of(new FieldProblem(e.field, e.getMessage(), null)));
    }

    @ExceptionHandler(Busy.class)
    ResponseEntity<ProblemDetail> busy(Busy e, Locale locale) {
        String reason = messages.getMessage(Translatable.of("refused.ledger.busy"), locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy", reason));
    }

    private LedgerFilter filter(UUID id, Register register, LocalDate from, LocalDate to, String wasteCode,
                                UUID counterpartyId) {
        checkPeriod(from, to);
        if (wasteCode != null && !listed(wasteCode)) {
            throw new InvalidFilter("wasteCode", "is not a code of the National Hazardous Waste List: " + wasteCode);
        }
        return new LedgerFilter(id, register, from, to, wasteCode, counterpartyId);
    }

    private boolean listed(String wasteCode) {
        try {
            return wastes.current(WasteCode.parse(wasteCode)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFilter("from", "must not be after to (" + to + ")");
        }
    }

    private static CommandRefused unknownJob(UUID jobId) {
        return CommandRefused.notFound("jobId", Translatable.of("refused.ledger.unknown-job", jobId));
    }

    private static String base(UUID id) {
        return PATH.replace("{id}", id.toString());
    }

    private static final class InvalidFilter extends RuntimeException {

        private final String field;

        InvalidFilter(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static final class Busy extends RuntimeException {
    }
}
