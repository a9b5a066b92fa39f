package cn.haztrail.console.manifest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The manifest draft form: the API's draft request as a person fills it in, with the carriers as a first and an
 * optional second leg. The domain decides whether the parties, vehicle and batches make a valid manifest (R10).
 */
public class ManifestForm {

    @NotEmpty private List<UUID> batchIds = new ArrayList<>();
    @NotNull private UUID receiverId;
    @NotNull private UUID firstCarrierId;
    private UUID secondCarrierId;
    @NotBlank @Pattern(regexp = "[\\u4e00-\\u9fa5][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}") private String vehiclePlate;
    @NotNull private LocalDate plannedDate;
    @Pattern(regexp = "([A-Z]{1,3}\\d{1,2})?") private String plannedMethod;
    @Size(max = 1000) private String emergencyMeasures;
    /** Batch id to the exemption it is sent under (R37); a batch without one needs the receiver's licence. */
    private Map<UUID, UUID> exemptions = new LinkedHashMap<>();

    List<UUID> carrierIds() {
        List<UUID> carriers = new ArrayList<>(List.of(firstCarrierId));
        if (secondCarrierId != null) {
            carriers.add(secondCarrierId);
        }
        return carriers;
    }

    /** The chosen batches sent under an exemption, in the order of the batches; a choice for an unchosen batch is moot. */
    List<UUID> exemptBatchIds() {
        return batchIds.stream().filter(batch -> exemptions.get(batch) != null).toList();
    }

    public List<UUID> getBatchIds() {
        return batchIds;
    }

    public void setBatchIds(List<UUID> batchIds) {
        this.batchIds = batchIds == null ? new ArrayList<>() : batchIds;
    }

    public UUID getReceiverId() {
        return receiverId;
    }

    public void setReceiverId(UUID receiverId) {
        this.receiverId = receiverId;
    }

    public UUID getFirstCarrierId() {
        return firstCarrierId;
    }

    public void setFirstCarrierId(UUID firstCarrierId) {
        this.firstCarrierId = firstCarrierId;
    }

    public UUID getSecondCarrierId() {
        return secondCarrierId;
    }

    public void setSecondCarrierId(UUID secondCarrierId) {
        this.secondCarrierId = secondCarrierId;
    }

    public String getVehiclePlate() {
        return vehiclePlate;
    }

    public void setVehiclePlate(String vehiclePlate) {
        this.vehiclePlate = vehiclePlate;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getPlannedMethod() {
        return plannedMethod;
    }

    public void setPlannedMethod(String plannedMethod) {
        this.plannedMethod = plannedMethod;
    }

    public String getEmergencyMeasures() {
        return emergencyMeasures;
    }

    public void setEmergencyMeasures(String emergencyMeasures) {
        this.emergencyMeasures = emergencyMeasures;
    }

    public Map<UUID, UUID> getExemptions() {
        return exemptions;
    }

    public void setExemptions(Map<UUID, UUID> exemptions) {
        this.exemptions = exemptions == null ? new LinkedHashMap<>() : exemptions;
    }
}
