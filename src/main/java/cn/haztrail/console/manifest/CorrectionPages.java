package cn.haztrail.console.manifest;

import cn.haztrail.manifest.query.ManifestQueries;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the correction pages share: the acting enterprise, the manifest as the API shows it, the parties' names. */
@Component
class CorrectionPages {

    private final CurrentCaller currentCaller;
    private final ManifestQueries manifests;
    private final EnterpriseQueries enterprises;
    private final Validator validator;

    CorrectionPages(CurrentCaller currentCaller, ManifestQueries manifests, EnterpriseQueries enterprises,
                    Validator validator) {
        this.currentCaller = currentCaller;
        this.manifests = manifests;
        this.enterprises = enterprises;
        this.validator = validator;
    }

    /** Corrections are between the parties of a manifest: the person must act for an enterprise. */
    Caller party(UUID id) {
        return currentCaller.find().filter(c -> c.enterpriseId() != null)
                .orElseThrow(() -> new AccessDeniedException("This page is for people acting for an enterprise"));
    }

    ManifestView manifest(UUID id, Caller caller) {
        return manifests.find(id.toString(), caller).orElseThrow(() -> CommandRefused.notFound("id",
                Translatable.of("refused.manifest.unknown-manifest", id)));
    }

    Map<UUID, String> names(ManifestView manifest) {
        List<UUID> parties = new ArrayList<>(manifest.carrierIds());
        parties.add(manifest.consignorId());
        parties.add(manifest.receiverId());
        return enterprises.summaries(parties).stream()
                .collect(Collectors.toMap(EnterpriseSummary::id, EnterpriseSummary::name));
    }

    /** Bean Validation of the API's request record, as the API validates it, keyed by field. */
    Map<String, String> violations(Object request) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }
}
