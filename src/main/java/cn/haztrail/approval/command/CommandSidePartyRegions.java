package cn.haztrail.approval.command;

import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Answers provinces from the approval's own lookup table ({@link PartyRegionsHandler}), never from the registry's
 * view: the command side decides from tables written in the commands' own transactions.
 */
@Component
class CommandSidePartyRegions implements PartyRegions {

    private final PartyRegionTable table;
    private final RegionDirectory regions;

    CommandSidePartyRegions(PartyRegionTable table, RegionDirectory regions) {
        this.table = table;
        this.regions = regions;
    }

    @Override
    public Optional<String> provinceOf(UUID enterpriseId) {
        return table.findById(enterpriseId).flatMap(party -> regions.provinceOf(party.regionCode())).map(Region::code);
    }
}
