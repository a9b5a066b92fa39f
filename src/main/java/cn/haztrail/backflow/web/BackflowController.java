package cn.haztrail.backflow.web;

import cn.haztrail.backflow.command.BackflowJob;
import cn.haztrail.backflow.command.BackflowJobs;
import cn.haztrail.backflow.command.BackflowRunner;
import cn.haztrail.backflow.format.BackflowFileRefused;
import cn.haztrail.backflow.format.FileFormat;
import cn.haztrail.backflow.format.RecordReader;
import cn.haztrail.backflow.format.RecordWriter;
import cn.haztrail.backflow.query.CityExport;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionLevel;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

@RestController
@RequestMapping(BackflowController.PATH)
@Tag(name = "Provincial backflow", description = "The provincial platform's records imported as HazTrail history, "
        + "and a city's history exported in the same format (api-docs/backflow-format.md)")
class BackflowController {

    static final String PATH = "/api/v1/oversight/backflow";
    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final BackflowRunner runner;
    private final BackflowJobs jobs;
    private final CityExport export;
    private final CurrentCaller currentCaller;
    private final RegionDirectory regions;
    private final MessageSource messages;

    BackflowController(BackflowRunner runner, BackflowJobs jobs, CityExport export, CurrentCaller currentCaller,
                       RegionDirectory regions, MessageSource messages) {
        this.runner = runner;
        this.jobs = jobs;
        this.export = export;
        this.currentCaller = currentCaller;
        this.regions = regions;
        this.messages = messages;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "startBackflowImport", summary = "Import the provincial platform's records",
            description = "Regulators only. The file (JSON Lines or CSV, UTF-8; fields as in "
                    + "api-docs/backflow-format.md, mapped to the national transfer manifest) is kept with a job "
                    + "that imports it in the background, chunk by chunk, each chunk in one transaction: records "
                    + "are checked as native commands are (except the exemptions the format document lists), a "
                    + "refused record stores nothing and the rest go on. A regulator imports only records of its "
                    + "jurisdiction (a batch's producer, a manifest's consignor or receiver, a disposal's receiver "
                    + "registered there); the others are refused under R21. Imported events carry their source "
                    + "(sourceSystem, sourceRecordId, importJobId) and are marked imported in custody chains and "
                    + "the feed. The same file imported again changes nothing; a record with the same source id "
                    + "and new content becomes a correction. A job survives a restart and resumes where it was. "
                    + "Follow the job at Location.")
    @ApiResponse(responseCode = "415", description = "The request is not multipart/form-data",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<BackflowJobView> start(
            @Parameter(description = "The source system the records come from (letters, digits, - and _), "
                    + "e.g. JX-SWMS") @RequestParam String sourceSystem,
            @Parameter(description = "The file: .jsonl or .csv (UTF-8)")
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        Caller caller = regulator();
        if (!SOURCE_SYSTEM.matcher(sourceSystem).matches()) {
            throw CommandRefused.ruleViolated(null, "sourceSystem", Translatable.of("refused.backflow.source-system"));
        }
        if (file == null || file.isEmpty()) {
            throw CommandRefused.ruleViolated(null, "file", Translatable.of("refused.backflow.no-file"));
        }
        byte[] content = file.getBytes();
        try {
            RecordReader.read(content, 1, read -> { });
        } catch (BackflowFileRefused refused) {
            throw CommandRefused.ruleViolated(null, "file", refused.text());
        }
        UUID id = runner.start(file.getOriginalFilename(), sourceSystem, content, caller.accountId(),
                caller.role().name(), caller.jurisdiction());
        return ResponseEntity.accepted().location(URI.create(PATH + "/imports/" + id))
                .body(BackflowJobView.of(job(id)));
    }

    @GetMapping("/imports/{jobId}")
    @Operation(operationId = "getBackflowImport", summary = "An import job's progress",
            description = "The regulator who started it only (404 for anybody else). Records done, imported, "
                    + "unchanged, corrected and refused, events stored and records per second; poll until the "
                    + "state is COMPLETED. The uploaded file is deleted haztrail.backflow.keep-uploads (7 days) "
                    + "after the job completed (uploadDeletedAt); the job, its counts and refusals stay.")
    BackflowJobView get(@PathVariable UUID jobId) {
        runner.resumeStalled();
        return BackflowJobView.of(job(jobId));
    }

    @GetMapping("/imports/{jobId}/refusals")
    @Operation(operationId = "listBackflowRefusals", summary = "The records an import job refused",
            description = "Each with its line in the file (the CSV header is line 1), the field at fault, the "
                    + "rule and the reason in the caller's language. The regulator who started the job only.")
    List<RefusedRecordView> refusals(@PathVariable UUID jobId, Locale locale) {
        job(jobId);
        return jobs.refusals(jobId).stream().map(refused -> new RefusedRecordView(refused.line(), refused.field(),
                refused.rule(), refused.text().code(), messages.getMessage(refused.text(), locale))).toList();
    }

    @GetMapping(value = "/exports/{city}", produces = {"application/x-ndjson", "text/csv"})
    @Operation(operationId = "exportBackflowCity", summary = "A city's custody history in the backflow format",
            description = "Regulators whose jurisdiction holds the city (else 403; an unknown city 404, both "
                    + "answered before any record is sent). Every manifest leaving the city (cancelled ones too) "
                    + "with its steps, the discrepancies found at its receipt, its batches and their disposals, each record after the enterprises and batches it names: the "
                    + "file another installation imports to hold the same custody chains, indicators and flows. "
                    + "Streamed as it is read, so a city of any size exports in bounded memory.")
    @ApiResponse(responseCode = "200", description = "The city's records, streamed", content = {
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<StreamingResponseBody> exportCity(
            @Parameter(description = "A 6-digit city code, e.g. 360200") @PathVariable String city,
            @Parameter(description = "jsonl (default) or csv") @RequestParam(defaultValue = "jsonl") String format) {
        Caller caller = regulator();
        var region = regions.find(city).filter(r -> r.level() == RegionLevel.PREFECTURE).orElseThrow(() ->
                CommandRefused.notFound("city", Translatable.of("refused.backflow.unknown-city", city)));
        if (!regions.contains(caller.jurisdiction(), region.code())) {
            throw new AccessDeniedException("city " + city + " lies outside the caller's jurisdiction");
        }
        FileFormat fileFormat = "csv".equalsIgnoreCase(format) ? FileFormat.CSV : FileFormat.JSONL;
        MediaType type = fileFormat == FileFormat.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);
        // the checks above answer before the first byte; from here on the records go out as they are read
        StreamingResponseBody body = out -> {
            try (var writer = new RecordWriter(fileFormat, new java.io.BufferedWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8)))) {
                export.export(city, writer);
            }
        };
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"backflow-" + city + "."
                        + fileFormat.name().toLowerCase(Locale.ROOT) + "\"")
                .body(body);
    }

    private Caller regulator() {
        Caller caller = currentCaller.get();
        if (!caller.isRegulator()) {
            throw new AccessDeniedException("Only regulators run the provincial backflow");
        }
        return caller;
    }

    /** The caller's own job; anybody else's is not found. */
    private BackflowJob job(UUID id) {
        Caller caller = regulator();
        return jobs.find(id).filter(job -> job.accountId().equals(caller.accountId())).orElseThrow(() ->
                CommandRefused.notFound("jobId", Translatable.of("refused.backflow.unknown-job", id)));
    }
}
