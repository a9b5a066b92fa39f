package cn.haztrail.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MethodCatalogueTest {

    private static final MethodCatalogue methods = TestReferenceData.methodCatalogue();

    @Test
    void has_22_public_codes_and_2_of_our_own() {
        assertThat(methods.all()).hasSize(24);
        assertThat(methods.all()).filteredOn(MethodCode::isHazTrailDefined)
                .extracting(MethodCode::code).containsExactly("HTS1", "HTC1");
        assertThat(methods.all()).filteredOn(m -> !m.isHazTrailDefined())
                .extracting(MethodCode::definedBy).containsOnly(MethodCode.PUBLIC).hasSize(22);
    }

    @Test
    void R05_storage_and_collection_are_not_final_treatment() {
        MethodCode storage = methods.find("HTS1").orElseThrow();
        MethodCode collection = methods.find("HTC1").orElseThrow();

        assertThat(storage).isEqualTo(new MethodCode("HTS1", "贮存", "Storage (HazTrail-defined code)",
                MethodKind.STORAGE_COLLECTION, "haztrail"));
        assertThat(collection.nameZh()).isEqualTo("收集");
        assertThat(collection.kind()).isEqualTo(MethodKind.STORAGE_COLLECTION);
        assertThat(methods.isFinalTreatment("HTS1")).isFalse();
        assertThat(methods.isFinalTreatment("HTC1")).isFalse();
    }

    @Test
    void R05_every_public_code_is_final_treatment() {
        assertThat(methods.all()).filteredOn(m -> !m.isHazTrailDefined())
                .allSatisfy(m -> assertThat(methods.isFinalTreatment(m.code())).isTrue());
    }

    @Test
    void R05_an_unknown_code_is_never_taken_for_storage() {
        assertThatThrownBy(() -> methods.isFinalTreatment("D99")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kinds_follow_the_reference_table() {
        assertThat(methods.find("D1")).get().extracting(MethodCode::kind).isEqualTo(MethodKind.LANDFILL);
        assertThat(methods.find("C1")).get().extracting(MethodCode::kind).isEqualTo(MethodKind.CO_PROCESSING);
        assertThat(methods.find("d10")).get().extracting(MethodCode::kind).isEqualTo(MethodKind.INCINERATION);
        assertThat(methods.find("Y10")).get().extracting(MethodCode::kind).isEqualTo(MethodKind.INCINERATION);
        assertThat(methods.find("C2")).get().extracting(MethodCode::kind).isEqualTo(MethodKind.UTILIZATION);
        assertThat(methods.find("Y11")).get().extracting(MethodCode::kind).isEqualTo(MethodKind.OTHER_DISPOSAL);
        assertThat(methods.find("R10")).isEmpty();
        assertThat(methods.find(null)).isEmpty();
    }

    @Test
    void co_processing_counts_as_disposal_and_utilization_does_not() {
        assertThat(MethodKind.CO_PROCESSING.isDisposal()).isTrue();
        assertThat(MethodKind.LANDFILL.isDisposal()).isTrue();
        assertThat(MethodKind.UTILIZATION.isDisposal()).isFalse();
        assertThat(MethodKind.STORAGE_COLLECTION.isDisposal()).isFalse();
        assertThat(MethodKind.CO_PROCESSING.labelZh()).isEqualTo("水泥窑协同处置");
    }

    @Test
    void a_code_listed_twice_is_refused() {
        MethodCode d1 = methods.find("D1").orElseThrow();

        assertThatThrownBy(() -> new MethodCatalogue(List.of(d1, d1))).hasMessageContaining("D1 is listed twice");
    }
}
