package cn.haztrail.console;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public label check: where a label's QR code leads, without sign-in, showing nothing confidential. */
@IntegrationTest
class LabelCheckPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void R07_the_label_check_shows_code_producer_and_custody_but_no_quantity_nor_storage_place() throws Exception {
        Map<String, Object> batch = jdbc.queryForMap("""
                select label_id, waste_code, quantity_value, storage_location from batch_view
                where status = 'IN_STORAGE' and storage_location is not null order by generated_at limit 1""");

        mvc.perform(get("/l/" + batch.get("label_id")).with(from("192.0.2.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString((String) batch.get("waste_code"))))
                .andExpect(content().string(containsString("在产生单位贮存")))
                .andExpect(content().string(not(containsString(batch.get("quantity_value").toString()))))
                .andExpect(content().string(not(containsString((String) batch.get("storage_location")))));
    }

    @Test
    void an_unknown_label_is_answered_404_with_a_page() throws Exception {
        mvc.perform(get("/l/not-a-label").with(from("192.0.2.2"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有标签编号为 not-a-label 的批次")));
    }

    @Test
    void one_address_checking_too_many_labels_gets_429_with_retry_after() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/l/label-" + i).with(from("192.0.2.3"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/l/label-31").with(from("192.0.2.3"))).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/l/label-31").with(from("192.0.2.4"))).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
