package cn.haztrail.contract.hostile;

import cn.haztrail.contract.hostile.ValidRequests.Valid;
import cn.haztrail.contract.hostile.WriteOperations.WriteOperation;
import cn.haztrail.demo.DemoParties;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property-based campaign against every write operation of the live OpenAPI document: each request is a valid
 * one with one hostile mutation (wrong types, missing, null and unknown fields, bad numbers, over-long strings, odd
 * Unicode, malformed JSON, wrong codes and dates, wrong content types, bad path ids, reused Idempotency-Keys). Every
 * answer must be a 4xx problem detail without internals, and the event store must be unchanged after it.
 * Size and seed: see {@link CampaignSize} and README ("Hostile-input campaign").
 */
class HostileInputTest {

    private static HostileApp app;
    private static List<Valid> valids;

    @BeforeContainer
    static void startApplication() {
        app = HostileApp.start();
        List<WriteOperation> operations = WriteOperations.from(app.get("/v3/api-docs", "admin"));
        valids = operations.stream().map(ValidRequests::of).toList();
        spendIdempotencyKeys();
    }

    @AfterContainer
    static void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @AddLifecycleHook(CampaignSize.class)
    void everyHostileWriteIsRefusedWithAProblemAndStoresNothing(@ForAll("hostileRequests") HostileRequest request) {
        long before = app.storedEvents();
        var response = app.send(request);
        ProblemChecks.assertRefusedWithProblem(request, response);
        assertThat(app.storedEvents()).as("events stored by %s", request).isEqualTo(before);
    }

    @Example
    void theCampaignCoversEveryWriteOperationOfTheApi() {
        Set<String> covered = new TreeSet<>();
        valids.forEach(valid -> covered.add(valid.operation().id()));
        assertThat(covered).hasSizeGreaterThanOrEqualTo(25)
                .contains("POST /api/v1/manifests", "POST /api/v1/enterprises", "DELETE /api/v1/webhooks/{id}");
    }

    @Provide
    Arbitrary<HostileRequest> hostileRequests() {
        return HostileRequests.of(valids);
    }

    /**
     * Each account makes one successful keyed write (a webhook subscription; the admin, who has none, a transport
     * permit), so that the campaign can send its hostile requests with a key that is already spent.
     */
    private static void spendIdempotencyKeys() {
        valids.stream().map(Valid::user).distinct().forEach(user -> {
            var path = "admin".equals(user) ? "/api/v1/enterprises/" + DemoParties.CARRIER + "/permits"
                    : "/api/v1/webhooks";
            var body = HostileRequests.bytes("admin".equals(user)
                    ? "{\"number\":\"赣交运管许可景字360200999999号\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2028-12-31\"}"
                    : "{\"url\":\"http://127.0.0.1:9/hostile-" + user + "\"}");
            var response = app.send(new HostileRequest("spend key", "POST", path, user,
                    Map.of("Idempotency-Key", HostileRequests.USED_KEY), "application/json", body));
            if (response.statusCode() != 201) {
                System.out.println("No spent Idempotency-Key for " + user + ": " + response.statusCode() + " "
                        + response.body());
            }
        });
    }
}
