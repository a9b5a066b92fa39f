package cn.haztrail.registry.imports;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.web.FieldProblem;
import cn.haztrail.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/admin/enterprise-imports")
@Tag(name = "Enterprise imports", description = "Bulk onboarding: enterprises with their licences, permits and "
        + "vehicles from a CSV or XLSX file, one row per enterprise (README, \"Bulk onboarding\")")
class EnterpriseImportController {

    static final String PATH = "/api/v1/admin/enterprise-imports";
    /** What browsers and spreadsheet programs declare for .csv and .xlsx files; anything else is refused with 415. */
    private static final Set<String> READABLE_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "application/vnd.ms-excel", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final int maxRows;

    EnterpriseImportController(ImportRunner runner, ImportJobs jobs, MessageSource messages,
                               @Value("${haztrail.imports.max-rows:10000}") int maxRows) {
        this.runner = runner;
        this.jobs = jobs;
        this.messages = messages;
        this.maxRows = maxRows;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importEnterprises", summary = "Import enterprises from a CSV or XLSX file",
            description = "Administrators only. The file's shape is checked first (type, header row with every "
                    + "required column: a fault answers 400 or 415 and nothing is imported); then the rows are "
                    + "imported in the background, each in one transaction (registration, licence, permit, "
                    + "vehicles: all or nothing) through the same rules as the registry's requests. Idempotent by "
                    + "credit code: a registered enterprise gets what it lacks, never an overwrite. Follow the job "
                    + "at Location.")
    @ApiResponse(responseCode = "202", description = "The job, started")
    @ApiResponse(responseCode = "415", description = "Neither CSV (UTF-8) nor XLSX",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Too many imports waiting; nothing was imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportJobView> upload(
            @Parameter(description = "The file: .csv (UTF-8, with or without byte-order mark) or .xlsx (first sheet)")
            @RequestPart(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
        if (file == null) {
            throw ImportFileRefused.badFile("file", "refused.import.no-file");
        }
        String type = file.getContentType() == null ? null : MediaType.parseMediaType(file.getContentType())
                .getType() + "/" + MediaType.parseMediaType(file.getContentType()).getSubtype();
        if (type != null && !READABLE_TYPES.contains(type)) {
            throw new ImportFileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file",
                    Translatable.of("refused.import.unsupported-type", type));
        }
        ImportFile read = ImportFileReader.read(file.getOriginalFilename(), file.getBytes(), maxRows);
        UUID id = runner.start(read);
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + id)).body(view(id, locale));
    }

    @GetMapping("/{jobId}")
    @Operation(operationId = "getEnterpriseImport", summary = "An import job: state, counts, refused rows",
            description = "Administrators only. Poll until the state is no longer RUNNING. Each refused row names "
                    + "its row number (the header is row 1), its column and the reason in the caller's language.")
    ImportJobView get(@PathVariable UUID jobId, Locale locale) {
        return view(jobId, locale);
    }

    @GetMapping(value = "/template.csv", produces = "text/csv")
    @Operation(operationId = "getEnterpriseImportTemplate", summary = "A CSV file to start from",
            description = "The header row and one example row, commented out with #; UTF-8 with a byte-order mark "
                    + "so that spreadsheet programs show the Chinese text.")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"enterprise-import.csv\"")
                .body(ImportTemplate.csv());
    }

    @ExceptionHandler(ImportFileRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportFileRefused refused, Locale locale) {
        String reason = messages.getMessage(refused.text(), locale);
        ProblemDetail problem = refused.status() == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                ? Problems.of(refused.status(), "unsupported-file", "Unsupported file", reason)
                : refused.status() == HttpStatus.SERVICE_UNAVAILABLE
                ? Problems.of(refused.status(), "busy", "Busy", reason)
                : Problems.of(refused.status(), "invalid-file", "Invalid file", reason);
        Problems.withErrors(problem, List.of(new FieldProblem(refused.field(), reason, null)));
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ImportJobView view(UUID id, Locale locale) {
        ImportJobs.ImportJobRecord job = runner.find(id);
        if (job == null) {
            throw CommandRefused.notFound("jobId",
                    Translatable.of("refused.import.unknown-job", id));
        }
        return new ImportJobView(job.id(), job.state(), job.fileName(), job.total(), job.processed(), job.created(),
                job.updated(), job.unchanged(), job.refused(), job.startedAt(), job.finishedAt(),
                jobs.refusals(id).stream().map(r -> new ImportJobView.RefusedRow(r.row(), r.column(),
                        messages.getMessage(r.text(), locale), r.rule(), r.text().code())).toList());
    }
}
