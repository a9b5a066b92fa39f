package cn.haztrail.console.steps;

import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What every step page shares: the caller, allowed by the same member-role policy as the API's step (R29); the
 * manifest header read with the API's query; times typed in the installation's zone; the version the person saw,
 * so that a step is not taken on a manifest that changed meanwhile; and refusals and validation failures as texts in
 * the page's language, keyed by the field the API would name.
 */
@Component
class StepPages {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final CurrentCaller currentCaller;
    private final ManifestQueries queries;
    private final Validator validator;
    private final MessageSource messages;
    private final ZoneProperties zone;
    private final EnterpriseQueries enterprises;
    private final Clock clock;
    private final FormErrors errors;

    StepPages(CurrentCaller currentCaller, ManifestQueries queries, Validator validator, MessageSource messages,
              ZoneProperties zone, EnterpriseQueries enterprises, Clock clock, FormErrors errors) {
        this.errors = errors;
        this.clock = clock;
        this.enterprises = enterprises;
        this.currentCaller = currentCaller;
        this.queries = queries;
        this.validator = validator;
        this.messages = messages;
        this.zone = zone;
    }

    /** The caller, if its member role may take this step through the API ({@code POST .../{step}}). */
    Caller caller(UUID id, String step) {
        Caller caller = currentCaller.find().filter(c -> c.enterpriseId() != null)
                .orElseThrow(() -> new AccessDeniedException("This page is for people acting for an enterprise"));
        return MemberRoleCheck.require(caller, "/api/v1/manifests/" + id + "/" + step);
    }

    void header(Model model, UUID id, Caller caller) {
        ManifestView manifest = manifest(id, caller);
        model.addAttribute("manifest", manifest);
        model.addAttribute("names", enterprises.summaries(List.of(manifest.consignorId(), manifest.receiverId()))
                .stream().collect(Collectors.toMap(EnterpriseSummary::id, EnterpriseSummary::name)));
    }

    /** The texts of errors that no field of the page shows, for the top of the form. */
    static List<String> others(Map<String, String> errors, Set<String> fields) {
        return errors.entrySet().stream().filter(e -> !fields.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Now, rounded up to the minute: a step is never before the one it follows, and 1 minute ahead is allowed. */
    String now() {
        return LOCAL.format(clock.instant().atZone(zone.zone()).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
    }

    /** A datetime-local value in the installation's zone; null when blank or unreadable (validation names it). */
    Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.trim()).atZone(zone.zone()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** Bean Validation of the API's request record, keyed by field path without container-element noise. */
    Map<String, String> violations(Object request) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString().replace(".<list element>", "")
                    .replaceAll("^scannedLabelIds\\[\\d+]", "scannedLabelIds")
                    .replaceAll("\\.(value|unit)$", "");
            errors.putIfAbsent(field, text(field, violation.getMessage()));
        }
        return errors;
    }

    /** The manifest as the person sees it now, read with the API's query and its visibility rule. */
    ManifestView manifest(UUID id, Caller caller) {
        return queries.find(id.toString(), caller).orElseThrow(() -> CommandRefused.notFound("id",
                Translatable.of("refused.manifest.unknown-manifest", id)));
    }

    /**
     * The version the form carried, i.e. the one the person saw (null from a form without it: then, as the API
     * without If-Match, no version is checked).
     */
    static Long seen(String version) {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** An error for the whole form when the record changed after the person saw it; none otherwise. */
    Map<String, String> changedSince(Long seen, long current) {
        return seen == null || seen == current ? new TreeMap<>()
                : new TreeMap<>(Map.of(FormErrors.WHOLE_FORM, errors.changedMeanwhile(seen, current)));
    }

    /**
     * Runs the step; a refusal of the domain comes back keyed by the field it names, a version that moved on
     * between the check above and the write (the aggregate's own check, as the API's 412) for the whole form.
     */
    Map<String, String> run(Runnable step) {
        try {
            step.run();
            return Map.of();
        } catch (CommandRefused refused) {
            return errors.byField(refused, Map.of());
        } catch (ConflictingAggregateVersionException stale) {
            return new TreeMap<>(Map.of(FormErrors.WHOLE_FORM,
                    errors.changedMeanwhile(stale.getExpectedVersion(), stale.getActualVersion())));
        }
    }

    /** Our own constraint messages are English literals: pages give the field's own hint instead. */
    private String text(String field, String message) {
        if (message.chars().anyMatch(c -> c > 127)) {
            return message;
        }
        String key = "console.steps.invalid." + field.replaceAll("\\[\\d+]", "");
        return messages.getMessage(key, null, message, LocaleContextHolder.getLocale());
    }
}
