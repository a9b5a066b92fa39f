package cn.haztrail.personal;

import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.i18n.Translatable;
import cn.haztrail.shared.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/personal-data")
@Tag(name = "Administration")
class PersonalDataController {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataController.class);

    private final PersonalDataStore store;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    PersonalDataController(PersonalDataStore store, CurrentCaller currentCaller, Clock clock) {
        this.store = store;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    @GetMapping("/{reference}")
    @Operation(operationId = "getPersonalData",
            summary = "A contact person or driver by the reference that events carry")
    PersonalDetails get(@PathVariable UUID reference) {
        return store.find(reference).orElseThrow(() -> CommandRefused.notFound("reference",
                Translatable.of("refused.personal.unknown-person", reference)));
    }

    @PostMapping("/{reference}/erase")
    @Operation(operationId = "erasePersonalData",
            summary = "Erase a contact person or driver on request",
            description = "Name, phone and e-mail are deleted; the reference stays, so the custody history remains "
                    + "complete and verifiable and shows the person as erased. Erasing twice changes nothing.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> erase(@PathVariable UUID reference) {
        if (!store.erase(reference, clock.instant())) {
            throw CommandRefused.notFound("reference", Translatable.of("refused.personal.unknown-person", reference));
        }
        log.info("Personal data {} erased by account {}", reference, currentCaller.get().accountId());
        return ResponseEntity.noContent().build();
    }
}
