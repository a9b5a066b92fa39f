package cn.haztrail.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param currentEdition the waste-list edition new batches use ({@code haztrail.catalogue.current-edition}); the
 *                       application refuses to start if {@code reference/waste-list/<edition>.csv} is missing
 */
@ConfigurationProperties("haztrail.catalogue")
public record CatalogueProperties(@DefaultValue("2021") String currentEdition) {
}
