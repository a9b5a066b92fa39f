package cn.haztrail.batch.command;

import cn.haztrail.batch.api.BatchRepacked;
import cn.haztrail.batch.api.BatchShare;
import cn.haztrail.batch.api.Packaging;
import cn.haztrail.batch.api.PackagingType;
import cn.haztrail.batch.api.PhysicalForm;
import cn.haztrail.batch.api.RepackKind;
import cn.haztrail.catalogue.HazardCharacteristic;
import cn.haztrail.shared.domain.CommandRefused;
import cn.haztrail.shared.domain.Quantity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R39 as a new batch checks it before it exists: the shares taken are its mass plus the loss, in any mass unit. */
class RepacksTest {

    private static BatchRepacked repacked(Quantity quantity, Quantity loss, String reason, Quantity... taken) {
        List<BatchShare> sources = Arrays.stream(taken)
                .map(share -> new BatchShare(UUID.randomUUID(), "L", share)).toList();
        return new BatchRepacked(UUID.randomUUID(), UUID.randomUUID(), "L", "2021", "900-249-08", quantity,
                PhysicalForm.LIQUID, new Packaging(PackagingType.IBC, 1), List.of(HazardCharacteristic.T),
                RepackKind.CONSOLIDATION, sources, loss, reason, Instant.now(), Instant.now());
    }

    @Test
    void R39_shares_that_are_not_the_mass_plus_the_loss_are_refused() {
        assertThatThrownBy(() -> Repacks.requireConserved(repacked(Quantity.kg("1490"), Quantity.kg("5"), "水分",
                Quantity.kg("1000"), Quantity.tonnes("0.5"))))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("R39");
                    assertThat(refused.field()).isEqualTo("quantity");
                });
    }

    @Test
    void R39_shares_in_kilograms_and_tonnes_that_are_the_mass_plus_the_loss_are_conserved() {
        assertThatCode(() -> Repacks.requireConserved(repacked(Quantity.tonnes("1.49"), Quantity.kg("10"), "水分",
                Quantity.kg("1000"), Quantity.tonnes("0.5")))).doesNotThrowAnyException();
    }

    @Test
    void R39_a_loss_without_its_reason_is_refused() {
        assertThatThrownBy(() -> Repacks.requireConserved(repacked(Quantity.kg("990"), Quantity.kg("10"), null,
                Quantity.kg("1000"))))
                .isInstanceOfSatisfying(CommandRefused.class, refused ->
                        assertThat(refused.field()).isEqualTo("lossReason"));
    }
}
