package cn.haztrail.oversight.custody;

import cn.haztrail.batch.query.BatchReader;
import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.shared.security.Caller;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose eyes a batch's chain is read with, by the batch package's rules (R21): administrators everything, a party
 * what its enterprise produced, carried or had delivered to it, a regulator the batches whose producer or a receiver
 * lies in its jurisdiction (every region {@link RegionDirectory#contains} puts in it).
 */
@Component
class CustodyReaders {

    private final RegionDirectory regions;

    CustodyReaders(RegionDirectory regions) {
        this.regions = regions;
    }

    BatchReader of(Caller caller) {
        if (caller.isAdmin()) {
            return BatchReader.all();
        }
        if (caller.isRegulator()) {
            return BatchReader.regions(jurisdiction(caller.jurisdiction()));
        }
        return BatchReader.party(caller.enterpriseId());
    }

    private Set<String> jurisdiction(String code) {
        if (code == null) {
            return Set.of();
        }
        return regions.all().stream().map(Region::code).filter(region -> regions.contains(code, region))
                .collect(Collectors.toUnmodifiableSet());
    }
}
