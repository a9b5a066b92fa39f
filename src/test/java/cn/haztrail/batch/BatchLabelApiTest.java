package cn.haztrail.batch;

import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R07: the printed label and its QR code lead back to the batch, under the batch's own reading rules (R21). */
@IntegrationTest
class BatchLabelApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
    }

    @Test
    void R07_the_label_png_carries_a_qr_code_that_opens_the_public_label_check_of_its_batch() throws Exception {
        var batch = BatchRequests.register(api, "producer", BatchRequests.oil());
        String id = batch.get("id").asString();

        byte[] png = api.get("producer", "/api/v1/batches/" + id + "/label.png")
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        String payload = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();

        assertThat(payload).isEqualTo(batch.get("qrPayload").asString());
        // The QR code opens the public label check, which anyone holding the label may read without signing in.
        assertThat(URI.create(payload).getPath()).isEqualTo("/l/" + batch.get("labelId").asString());
        api.get("producer", URI.create(payload).getPath())
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(batch.get("labelId").asString())));
        api.get("producer", "/api/v1/labels/" + batch.get("labelId").asString())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void R07_the_label_content_names_waste_producer_contact_and_label_id() throws Exception {
        var batch = BatchRequests.register(api, "producer", BatchRequests.oil());

        api.get("regulator-jdz", "/api/v1/batches/" + batch.get("id").asString() + "/label")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("危险废物"))
                .andExpect(jsonPath("$.wasteCode").value("900-249-08"))
                .andExpect(jsonPath("$.category").value("HW08"))
                .andExpect(jsonPath("$.categoryName").value("废矿物油与含矿物油废物"))
                .andExpect(jsonPath("$.physicalForm").value("液态"))
                .andExpect(jsonPath("$.hazardLabels").value("毒性、易燃性"))
                .andExpect(jsonPath("$.generationDate").value("2026-11-20"))
                .andExpect(jsonPath("$.producerName").value("景德镇市昌南化工有限公司"))
                .andExpect(jsonPath("$.contactPhone").value("0798-8561234"))
                .andExpect(jsonPath("$.labelId").value(batch.get("labelId").asString()))
                .andExpect(jsonPath("$.qrPayload").value(batch.get("qrPayload").asString()));
    }

    @Test
    void R21_another_partys_label_and_label_id_are_404() throws Exception {
        var batch = BatchRequests.register(api, "producer", BatchRequests.oil());

        api.get("hospital", "/api/v1/batches/" + batch.get("id").asString() + "/label.png")
                .andExpect(status().isNotFound());
        api.get("hospital", "/api/v1/labels/" + batch.get("labelId").asString())
                .andExpect(status().isNotFound());
        api.get("hospital", "/api/v1/labels/not-a-label").andExpect(status().isNotFound());
    }
}
