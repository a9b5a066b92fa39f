package cn.haztrail.manifest.application;

import cn.haztrail.batch.api.BatchLine;
import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.manifest.api.DraftManifest;
import cn.haztrail.manifest.api.CheckFollowOn;
import cn.haztrail.manifest.api.ManifestKind;
import cn.haztrail.manifest.command.BatchAllocation;
import cn.haztrail.manifest.command.ManifestParty;
import cn.haztrail.manifest.command.ManifestPartyTable;
import cn.haztrail.manifest.command.ManifestTrip;
import cn.haztrail.manifest.command.ManifestTripTable;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.shared.axon.RetryingTransaction;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.time.StepTimes;
import cn.haztrail.shared.i18n.Translatable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drafts a manifest and allocates its batches in one transaction (R08, R10): if any batch cannot be allocated,
 * neither the manifest nor any allocation is stored. A follow-on manifest names the one that rejected its waste (R18),
 * which records the link afterwards ({@code FollowOnLinking}). A line sent under a targeted-utilization exemption must
 * be covered by it (R37).
 */
@Service
public class ManifestDrafting {

    private final CommandGateway commands;
    private final ManifestPartyTable parties;
    private final ManifestTripTable trips;
    private final RetryingTransaction transaction;
    private final MethodCatalogue methods;
    private final StepTimes times;
    private final BatchAllocation allocation;
    private final ExemptionCheck exemptions;

    public ManifestDrafting(CommandGateway commands, ManifestPartyTable parties, ManifestTripTable trips,
                            RetryingTransaction transaction, MethodCatalogue methods, StepTimes times,
                            BatchAllocation allocation, ExemptionCheck exemptions) {
        this.allocation = allocation;
        this.exemptions = exemptions;
        this.commands = commands;
        this.parties = parties;
        this.trips = trips;
        this.transaction = transaction;
        this.methods = methods;
        this.times = times;
    }

    /** Repeated whole when a batch was changed concurrently (another manifest drafted with it, say). */
    public void draft(ManifestDraft draft) {
        transaction.execute(() -> {
            draftInTransaction(draft);
            return null;
        });
    }

    private void draftInTransaction(ManifestDraft draft) {
        Map<UUID, ManifestParty> named = namedParties(draft);
        ManifestParty consignor = enterprise(named, draft.consignorId(), "consignorId");
        ManifestParty receiver = enterprise(named, draft.receiverId(), "receiverId");
        if (draft.plannedMethod() != null && methods.find(draft.plannedMethod()).isEmpty()) {
            throw CommandRefused.ruleViolated("R03", "plannedMethod",
                    Translatable.of("refused.manifest.unknown-method", draft.plannedMethod()));
        }
        if (draft.kind() != ManifestKind.RETURN && !receiver.playsAnyOf(PartyRole.RECEIVER, PartyRole.COLLECTOR)) {
            throw CommandRefused.ruleViolated("R03", "receiverId",
                    Translatable.of("refused.manifest.receiver-without-licence", receiver.name()));
        }
        for (UUID carrier : draft.carrierIds()) {
            if (!enterprise(named, carrier, "carrierIds").playsAnyOf(PartyRole.CARRIER)) {
                throw CommandRefused.ruleViolated("R02", "carrierIds",
                        Translatable.of("refused.manifest.not-a-carrier", carrier));
            }
        }
        String origin = draft.kind() == ManifestKind.TRANSFER ? consignor.regionCode() : followedManifest(draft);
        // allocation happens at the draft's business time (R25: never before a batch's generation)
        Instant draftedAt = times.orNow(draft.draftedAt());
        List<BatchLine> lines = allocation.lines(draft.batchIds(), draft.manifestId(), draft.consignorId(),
                draft.previousManifestId(), draftedAt);
        // R37: an exempt line needs an exemption in force when drafted; the licence check (R03) then passes it by
        if (!draft.exemptLines().isEmpty()) {
            exemptions.check(draft.consignorId(), draft.receiverId(), draft.plannedMethod(), lines.stream().map(line ->
                    new ExemptionCheck.Line(line.batchId(), line.wasteCode(), line.quantity().hasMass()
                            ? line.quantity().tonnes() : null)).toList(), draft.exemptLines(), draftedAt);
        }
        commands.sendAndWait(new DraftManifest(draft.manifestId(), draft.kind(), draft.consignorId(), origin,
                draft.receiverId(), receiver.regionCode(), draft.carrierIds(), draft.vehiclePlate(),
                draft.plannedDate(), lines, draft.plannedMethod(), draft.approvalId(), draft.emergencyMeasures(),
                draft.previousManifestId(), draftedAt, draft.lateEntry(), draft.exemptLines()));
        if (draft.previousManifestId() != null) {
            // R18 asked after the draft's own rules, as before; refused, it rolls the draft back. The link on the
            // previous manifest is made by a process (FollowOnLinking): this transaction writes one stream
            commands.sendAndWait(new CheckFollowOn(draft.previousManifestId()));
        }
    }

    /** @return the region the rejected waste waits in: the rejecting receiver's, from drafting's own table */
    private String followedManifest(ManifestDraft draft) {
        if (draft.previousManifestId() == null) {
            throw CommandRefused.ruleViolated("R18", "previousManifestId",
                    Translatable.of("refused.manifest.previous-manifest-missing"));
        }
        // R18: only the consignor of the rejected waste sends it back or on; to anyone else the manifest is
        // answered like an unknown one (R21: existence does not leak)
        ManifestTrip previous = trips.findById(draft.previousManifestId())
                .filter(trip -> trip.consignorId().equals(draft.consignorId())).orElseThrow(() ->
                        CommandRefused.notFound("previousManifestId",
                                Translatable.of("refused.manifest.unknown-manifest", draft.previousManifestId())));
        return previous.destinationRegion();
    }

    /** From drafting's own table ({@code ManifestPartiesHandler}), never the registry's view: all in one read. */
    private Map<UUID, ManifestParty> namedParties(ManifestDraft draft) {
        Set<UUID> ids = new HashSet<>(draft.carrierIds());
        ids.add(draft.consignorId());
        ids.add(draft.receiverId());
        ids.remove(null);
        return parties.findAllById(ids).stream().collect(Collectors.toMap(ManifestParty::getId, party -> party));
    }

    private static ManifestParty enterprise(Map<UUID, ManifestParty> named, UUID id, String field) {
        ManifestParty party = id == null ? null : named.get(id);
        if (party == null) {
            throw CommandRefused.notFound(field, Translatable.of("refused.manifest.unknown-enterprise", id));
        }
        return party;
    }
}
