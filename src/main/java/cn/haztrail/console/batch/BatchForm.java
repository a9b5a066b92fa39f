package cn.haztrail.console.batch;

import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.catalogue.HazardCharacteristic;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch registration form as a person fills it in: the fields of the API's request, flattened, with the
 * generation time as a local date-time of the installation's zone. Whether the values make a valid batch is the
 * domain's decision (R06, R07, R09).
 */
public class BatchForm {

    @NotBlank @Size(max = 10) private String wasteCode;
    @NotNull @Digits(integer = 12, fraction = 3) private BigDecimal quantityValue;
    @NotNull @Pattern(regexp = "kg|t|L|m3") private String quantityUnit = "kg";
    @NotNull private PhysicalForm physicalForm;
    @NotNull private PackagingType packagingType;
    @NotNull private Integer packagingCount = 1;
    private List<HazardCharacteristic> hazardCharacteristics = new ArrayList<>();
    @NotBlank @Size(max = 500) private String mainComponents;
    @NotNull private LocalDateTime generatedAt;
    @NotBlank @Size(max = 200) private String storageLocation;

    public String getWasteCode() {
        return wasteCode;
    }

    public void setWasteCode(String wasteCode) {
        this.wasteCode = wasteCode;
    }

    public BigDecimal getQuantityValue() {
        return quantityValue;
    }

    public void setQuantityValue(BigDecimal quantityValue) {
        this.quantityValue = quantityValue;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public void setQuantityUnit(String quantityUnit) {
        this.quantityUnit = quantityUnit;
    }

    public PhysicalForm getPhysicalForm() {
        return physicalForm;
    }

    public void setPhysicalForm(PhysicalForm physicalForm) {
        this.physicalForm = physicalForm;
    }

    public PackagingType getPackagingType() {
        return packagingType;
    }

    public void setPackagingType(PackagingType packagingType) {
        this.packagingType = packagingType;
    }

    public Integer getPackagingCount() {
        return packagingCount;
    }

    public void setPackagingCount(Integer packagingCount) {
        this.packagingCount = packagingCount;
    }

    public List<HazardCharacteristic> getHazardCharacteristics() {
        return hazardCharacteristics;
    }

    public void setHazardCharacteristics(List<HazardCharacteristic> hazardCharacteristics) {
        this.hazardCharacteristics = hazardCharacteristics == null ? new ArrayList<>() : hazardCharacteristics;
    }

    public String getMainComponents() {
        return mainComponents;
    }

    public void setMainComponents(String mainComponents) {
        this.mainComponents = mainComponents;
    }

    public LocalDateTime getGeneratedAt() {
        return generatedAt;
    }

    public void setGeneratedAt(LocalDateTime generatedAt) {
        this.generatedAt = generatedAt;
    }

    public String getStorageLocation() {
        return storageLocation;
    }

    public void setStorageLocation(String storageLocation) {
        this.storageLocation = storageLocation;
    }
}
