package cn.haztrail.console.batch;

import cn.haztrail.batch.api.RegisterBatch;
import cn.haztrail.batch.query.BatchQueries;
import cn.haztrail.batch.query.BatchReaders;
import cn.haztrail.batch.query.BatchView;
import cn.haztrail.batch.web.LabelContents;
import cn.haztrail.batch.web.LabelImage;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.ZoneProperties;
import cn.haztrail.console.FormErrors;
import cn.haztrail.console.MemberRoleCheck;
import cn.haztrail.registry.query.EnterpriseSummary;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import cn.haztrail.shared.domain.QuantityUnit;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.Caller;
import cn.haztrail.shared.security.CurrentCaller;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Map;
import java.util.UUID;

/**
 * Register a batch with a form, then its page with the printable label. Sends the same {@link RegisterBatch} the
 * API's batch endpoint sends, for the caller's enterprise, so the rules (R06, R07, R09) are the domain's alone.
 */
@Controller
class BatchPagesController {

    /** The domain names the quantity and packaging as the API's nested fields; the form flattens them. */
    private static final Map<String, String> FIELDS = Map.of("quantity", "quantityValue",
            "packaging.count", "packagingCount", "packaging.type", "packagingType", "edition", "wasteCode");

    private final CommandGateway commands;
    private final BatchQueries batches;
    private final BatchReaders readers;
    private final EnterpriseQueries enterprises;
    private final WasteCatalogue catalogue;
    private final LabelContents labels;
    private final LabelImage labelImage;
    private final ZoneProperties zone;
    private final FormErrors errors;
    private final CurrentCaller currentCaller;

    BatchPagesController(CommandGateway commands, BatchQueries batches, BatchReaders readers,
                         EnterpriseQueries enterprises, WasteCatalogue catalogue, LabelContents labels,
                         LabelImage labelImage, ZoneProperties zone, FormErrors errors, CurrentCaller currentCaller) {
        this.commands = commands;
        this.batches = batches;
        this.readers = readers;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.labels = labels;
        this.labelImage = labelImage;
        this.zone = zone;
        this.errors = errors;
        this.currentCaller = currentCaller;
    }

    @GetMapping("/console/batches/new")
    String form(@ModelAttribute("batch") BatchForm batch, Model model) {
        party();
        return form(model);
    }

    @PostMapping("/console/batches/new")
    String register(@Valid @ModelAttribute("batch") BatchForm batch, BindingResult form, Model model) {
        Caller caller = MemberRoleCheck.require(party(), "/api/v1/batches");
        if (form.hasErrors()) {
            return form(model);
        }
        try {
            EnterpriseSummary producer = enterprises.summary(caller.enterpriseId()).orElseThrow(() ->
                    CommandRefused.notFound("producerId", Translatable.of("refused.batch.caller-not-registered")));
            UUID id = UUID.randomUUID();
            commands.sendAndWait(new RegisterBatch(id, producer.id(), producer.creditCode(), catalogue.currentEdition(),
                    batch.getWasteCode().strip(), new Quantity(batch.getQuantityValue(),
                    QuantityUnit.ofSymbol(batch.getQuantityUnit())), batch.getPhysicalForm(),
                    new cn.haztrail.batch.api.Packaging(batch.getPackagingType(), batch.getPackagingCount()),
                    batch.getHazardCharacteristics(), batch.getMainComponents(),
                    batch.getGeneratedAt().atZone(zone.zone()).toInstant(), batch.getStorageLocation()));
            return "redirect:/console/batches/" + id;
        } catch (CommandRefused refused) {
            errors.reject(form, refused, FIELDS);
            return form(model);
        }
    }

    @GetMapping("/console/batches/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", visible(id));
        return "console/batch/show";
    }

    /** The same label image as the API's label.png, for a person signed in to the console. */
    @GetMapping(path = "/console/batches/{id}/label.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> label(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(labelImage.png(labels.of(visible(id))));
    }

    /** The form with the current edition's codes for the list the waste code field offers. */
    private String form(Model model) {
        model.addAttribute("wasteCodes",
                catalogue.search(catalogue.currentEdition(), null, null, 0, Integer.MAX_VALUE).items());
        return "console/batch/new";
    }

    private BatchView visible(UUID id) {
        return batches.find(id, readers.of(currentCaller.get()))
                .orElseThrow(() -> CommandRefused.notFound("id", Translatable.of("refused.batch.unknown-batch", id)));
    }

    private Caller party() {
        return currentCaller.find().filter(c -> c.enterpriseId() != null)
                .orElseThrow(() -> new AccessDeniedException("This page is for people acting for an enterprise"));
    }
}
