package cn.haztrail.contract;

import cn.haztrail.client.ApiClient;
import cn.haztrail.client.api.BatchesApi;
import cn.haztrail.client.api.ManifestsApi;
import cn.haztrail.client.api.RegistryApi;
import cn.haztrail.client.model.ArrivalRequest;
import cn.haztrail.client.model.BatchStatus;
import cn.haztrail.client.model.BatchView;
import cn.haztrail.client.model.DisposalRequest;
import cn.haztrail.client.model.DraftManifestRequest;
import cn.haztrail.client.model.DriverRequest;
import cn.haztrail.client.model.EnterpriseSummary;
import cn.haztrail.client.model.HazardCharacteristic;
import cn.haztrail.client.model.LineDecision;
import cn.haztrail.client.model.ManifestStatus;
import cn.haztrail.client.model.ManifestView;
import cn.haztrail.client.model.PackagingRequest;
import cn.haztrail.client.model.PackagingType;
import cn.haztrail.client.model.PartyRole;
import cn.haztrail.client.model.PhysicalForm;
import cn.haztrail.client.model.PickupRequest;
import cn.haztrail.client.model.QuantityRequest;
import cn.haztrail.client.model.ReceiptLineRequest;
import cn.haztrail.client.model.ReceiptOutcome;
import cn.haztrail.client.model.ReceiptRequest;
import cn.haztrail.client.model.RegisterBatchRequest;
import cn.haztrail.client.model.SubmitRequest;
import cn.haztrail.support.Api;
import cn.haztrail.support.OwnDatabase;
import cn.haztrail.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document is usable by generated clients: a Java client generated from api-docs/openapi.json by
 * openapi-generator (at generate-test-sources, into target/) drives one custody trip against the running application,
 * through its generated classes only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", OwnDatabase.URL + "haztrail-generated-client" + OwnDatabase.OPTIONS,
                OwnDatabase.DIALECT})
@ActiveProfiles(resolver = TestDatabase.class)
class GeneratedClientCustodyTripTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String VEHICLE = "赣H12345";

    @LocalServerPort
    int port;

    @Test
    void R17_a_trip_driven_by_a_generated_client_records_the_short_line_and_closes_the_batch() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID receiverId = enterprise(PartyRole.RECEIVER, "景德镇市危险废物综合处置中心");
        UUID carrierId = enterprise(PartyRole.CARRIER, "景德镇市安运危险货物运输有限公司");

        BatchView batch = new BatchesApi(client("producer")).registerBatch(new RegisterBatchRequest()
                .wasteCode("900-249-08").quantity(kg("1000")).physicalForm(PhysicalForm.LIQUID)
                .packaging(new PackagingRequest().type(PackagingType.DRUM).count(5))
                .hazardCharacteristics(List.of(HazardCharacteristic.T, HazardCharacteristic.I))
                .mainComponents("矿物油、水").generatedAt(now.minusDays(1)).storageLocation("危废暂存间A区"), null);

        ManifestsApi producerManifests = new ManifestsApi(client("producer"));
        ManifestView drafted = producerManifests.draftManifest(new DraftManifestRequest()
                .receiverId(receiverId).carrierIds(List.of(carrierId)).vehiclePlate(VEHICLE)
                .plannedDate(LocalDate.now(SHANGHAI)).batchIds(List.of(batch.getId())).plannedMethod("D10")
                .emergencyMeasures("泄漏时用吸附棉围堵，禁止明火").draftedAt(now.minusHours(5)), null);
        UUID manifestId = drafted.getId();
        producerManifests.submitManifest(manifestId, null, null, new SubmitRequest().submittedAt(now.minusHours(4)));

        ManifestsApi carrierManifests = new ManifestsApi(client("carrier"));
        carrierManifests.confirmPickup(manifestId, new PickupRequest().vehiclePlate(VEHICLE)
                .driver(new DriverRequest().name("李师傅").phone("13807981234"))
                .scannedLabelIds(List.of(batch.getLabelId())).pickedUpAt(now.minusHours(3)), null, null);
        carrierManifests.confirmArrival(manifestId, new ArrivalRequest().arrivedAt(now.minusHours(2)), null);

        ManifestView received = new ManifestsApi(client("receiver")).confirmReceipt(manifestId, new ReceiptRequest()
                .receivedAt(now.minusHours(1)).lines(List.of(new ReceiptLineRequest().batchId(batch.getId())
                        .decision(LineDecision.PARTIAL).acceptedQuantity(kg("900")).containersReceived(5)
                        .methodCode("D10"))), null, null);
        BatchView disposed = new BatchesApi(client("receiver")).recordDisposal(batch.getId(), new DisposalRequest()
                .methodCode("D10").quantity(kg("900")).disposedOn(LocalDate.now(SHANGHAI)), null, null);

        assertThat(received.getStatus()).isEqualTo(ManifestStatus.RECEIVED);
        assertThat(received.getOutcome()).isEqualTo(ReceiptOutcome.PARTIALLY_ACCEPTED);
        assertThat(received.getLines().get(0).getDiscrepancies()).containsExactly("QUANTITY");
        assertThat(received.getLines().get(0).getAccepted().getValue()).isEqualTo("900.000");
        assertThat(disposed.getStatus()).isEqualTo(BatchStatus.DISPOSED);
        assertThat(disposed.getDiscrepancy()).isTrue();
        assertThat(new BatchesApi(client("producer")).getBatch(batch.getId()).getStatus())
                .isEqualTo(BatchStatus.DISPOSED);
    }

    private UUID enterprise(PartyRole role, String name) throws Exception {
        return new RegistryApi(client("producer")).listEnterprises(role, null, 0, 200).getItems().stream()
                .filter(enterprise -> enterprise.getName().equals(name)).map(EnterpriseSummary::getId)
                .findFirst().orElseThrow();
    }

    private static QuantityRequest kg(String value) {
        return new QuantityRequest().value(value).unit(QuantityRequest.UnitEnum.KG);
    }

    /** The generated client as a demo account: HTTP Basic on every request, to this test's server on loopback. */
    private ApiClient client(String user) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }
}
