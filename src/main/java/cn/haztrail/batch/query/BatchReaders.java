package cn.haztrail.batch.query;

import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.shared.security.Caller;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller may read of batches (R21): administrators everything; a party what its enterprise produced, carried,
 * is named to carry on a submitted manifest (R13) or had delivered to it (whatever role the account plays for it);
 * a regulator the batches whose producer or a
 * receiver lies in its jurisdiction ({@link RegionDirectory#contains}).
 */
@Component
public class BatchReaders {

    private final RegionDirectory regions;

    public BatchReaders(RegionDirectory regions) {
        this.regions = regions;
    }

    public BatchReader of(Caller caller) {
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
