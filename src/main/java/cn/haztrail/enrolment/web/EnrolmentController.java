package cn.haztrail.enrolment.web;

import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.enrolment.api.EnrolmentState;
import cn.haztrail.enrolment.command.ApplicantAccess;
import cn.haztrail.enrolment.command.EnrolmentDecisions;
import cn.haztrail.enrolment.command.EnrolmentSubmission;
import cn.haztrail.enrolment.query.ApplicationView;
import cn.haztrail.enrolment.query.EnrolmentQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.shared.web.PageResponse;
import cn.haztrail.shared.web.StreamVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/enrolment-applications")
@Tag(name = "Enrolment", description = "Self-registration: an enterprise applies, the regulator of its region or an "
        + "administrator approves (the enterprise is registered) or refuses")
class EnrolmentController {

    static final String TRACKING_HEADER = "X-Application-Token";

    private final EnrolmentSubmission submission;
    private final EnrolmentDecisions decisions;
    private final EnrolmentQueries queries;
    private final ApplicantAccess access;
    private final RegionDirectory regions;
    private final CurrentCaller currentCaller;
    private final SubmissionThrottle throttle;
    private final MessageSource messages;

    EnrolmentController(EnrolmentSubmission submission, EnrolmentDecisions decisions, EnrolmentQueries queries,
                        ApplicantAccess access, RegionDirectory regions, CurrentCaller currentCaller,
                        SubmissionThrottle throttle, MessageSource messages) {
        this.submission = submission;
        this.decisions = decisions;
        this.queries = queries;
        this.access = access;
        this.regions = regions;
        this.currentCaller = currentCaller;
        this.throttle = throttle;
        this.messages = messages;
    }

    @PostMapping
    @Operation(operationId = "applyForEnrolment", summary = "Apply to be registered (R01); no sign-in needed",
            description = "The credit code's check character is verified; a code already registered or with a "
                    + "pending application is refused, and so is a manager username already taken. The answer "
                    + "carries the tracking token, shown once. A client address may send a few accepted "
                    + "applications an hour (5 by default); then 429 with Retry-After.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SubmittedView> apply(@Valid @RequestBody ApplyRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        throttle.waitFor(address).ifPresent(wait -> {
            throw new TooManyApplications(wait, messages.getMessage(Translatable.of("problem.too-many-applications"),
                    LocaleContextHolder.getLocale()));
        });
        EnrolmentSubmission.Submitted submitted = submission.submit(request.enrolment());
        throttle.accepted(address);
        return ResponseEntity.created(URI.create("/api/v1/enrolment-applications/" + submitted.applicationId()))
                .header("Cache-Control", "no-store")
                .body(new SubmittedView(submitted.applicationId(), EnrolmentState.PENDING,
                        submitted.trackingToken()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getEnrolmentApplication", summary = "An application and where it stands",
            description = "The applicant with its tracking token (X-Application-Token, no sign-in), the regulators "
                    + "whose jurisdiction holds the region (R21) and administrators. Anyone else, and a wrong "
                    + "token, gets 404 as for an unknown application.")
    ResponseEntity<ApplicationView> get(@PathVariable UUID id, @Parameter(description = "The tracking token")
    @RequestHeader(name = TRACKING_HEADER, required = false) String trackingToken) {
        ApplicationView application = queries.find(id)
                .filter(found -> access.matches(id, trackingToken) || decides(currentCaller, found))
                .orElseThrow(() -> unknown(id));
        return StreamVersions.ok(withManager(application), application.version());
    }

    @GetMapping
    @Operation(operationId = "listEnrolmentApplications", summary = "Applications, oldest first",
            description = "Regulators see those of their jurisdiction (a region outside it is 403, R21), "
                    + "administrators all. region narrows to a province, city or county code.")
    PageResponse<ApplicationView> list(
            @RequestParam(required = false) EnrolmentState state,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code")
            String region,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Caller caller = currentCaller.get();
        if (caller.isRegulator()) {
            if (region != null && !regions.contains(caller.jurisdiction(), region)) {
                throw new AccessDeniedException("A regulator lists the applications of its jurisdiction only");
            }
            return queries.list(region == null ? caller.jurisdiction() : region, state, page, size);
        }
        return queries.list(region, state, page, size);
    }

    @PostMapping("/{id}/approval")
    @Operation(operationId = "approveEnrolmentApplication", summary = "Approve: the enterprise is registered",
            description = "The regulator whose jurisdiction holds the region (R21), or an administrator. In one "
                    + "transaction the enterprise is registered with the declared licences and permits and its "
                    + "first manager opened (embedded login; not yet activated, the applicant fetches the token). "
                    + "Any refusal (credit code registered meanwhile, username taken) leaves nothing behind and the "
                    + "application pending. Decided once: a second decision is 409.")
    ResponseEntity<ApplicationView> approve(@PathVariable UUID id) {
        deciding(id);
        decisions.approve(id);
        ApplicationView application = queries.find(id).orElseThrow();
        return StreamVersions.ok(withManager(application), application.version());
    }

    @PostMapping("/{id}/refusal")
    @Operation(operationId = "refuseEnrolmentApplication", summary = "Refuse, with the reason the applicant reads",
            description = "The regulator whose jurisdiction holds the region (R21), or an administrator. Decided "
                    + "once: a second decision is 409.")
    ResponseEntity<ApplicationView> refuse(@PathVariable UUID id, @Valid @RequestBody RefuseRequest request) {
        deciding(id);
        decisions.refuse(id, request.reason());
        ApplicationView application = queries.find(id).orElseThrow();
        return StreamVersions.ok(application, application.version());
    }

    /** R21: only the regulator of the application's region and administrators decide. */
    private void deciding(UUID id) {
        ApplicationView application = queries.find(id).orElseThrow(() -> unknown(id));
        if (!decides(currentCaller, application)) {
            throw new AccessDeniedException("Only the regulator of the applicant's region decides");
        }
    }

    private boolean decides(CurrentCaller current, ApplicationView application) {
        return current.find().map(caller -> caller.isAdmin() || (caller.isRegulator()
                && regions.contains(caller.jurisdiction(), application.regionCode()))).orElse(false);
    }

    private ApplicationView withManager(ApplicationView application) {
        return application.withManager(access.managerUsername(application.id()).orElse(null));
    }

    static CommandRefused unknown(UUID id) {
        return CommandRefused.notFound("id", Translatable.of("refused.enrolment.unknown-application", id));
    }
}
