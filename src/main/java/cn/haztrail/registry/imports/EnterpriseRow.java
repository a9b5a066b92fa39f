package cn.haztrail.registry.imports;

import cn.haztrail.registry.web.GrantLicenceRequest;
import cn.haztrail.registry.web.GrantPermitRequest;
import cn.haztrail.registry.web.RegisterEnterpriseRequest;
import cn.haztrail.registry.web.RegisterVehicleRequest;

import java.util.List;

/**
 * A row read into the API's own requests (so that it meets the same validation as a request would): the enterprise,
 * and the licence and permit it holds (null when the row has none) and its vehicles.
 */
record EnterpriseRow(int number, RegisterEnterpriseRequest enterprise, GrantLicenceRequest licence,
                     GrantPermitRequest permit, List<RegisterVehicleRequest> vehicles) {

    EnterpriseRow {
        vehicles = List.copyOf(vehicles);
    }
}
