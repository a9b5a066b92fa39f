package cn.haztrail.enrolment;

import cn.haztrail.support.TestCreditCodes;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An enterprise applying through the API without signing in, and keeping its tracking token. */
final class Applicant {

    static final String BASE = "/api/v1/enrolment-applications";
    static final String TRACKING = "X-Application-Token";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final MockMvc mvc;
    private final JsonMapper json;

    Applicant(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A producer in 珠山区 (360203, under 景德镇 360200) with a manager username of its own. */
    static Map<String, Object> producer() {
        Map<String, Object> body = new HashMap<>();
        body.put("creditCode", TestCreditCodes.next("360203"));
        body.put("name", "景德镇自注册化工" + SERIAL.incrementAndGet() + "厂");
        body.put("regionCode", "360203");
        body.put("address", "江西省景德镇市珠山区新厂路" + SERIAL.get() + "号");
        body.put("contact", Map.of("name", "刘申请", "phone", "0798-8000001", "email", "hse@apply.example.cn"));
        body.put("roles", List.of("PRODUCER"));
        body.put("managerUsername", "applicant-" + SERIAL.get() + "-" + System.nanoTime());
        return body;
    }

    ResultActions apply(Map<String, Object> body) throws Exception {
        return mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    /** Applies and returns the answer: id, state and the tracking token. */
    JsonNode applied(Map<String, Object> body) throws Exception {
        return read(apply(body).andReturn().getResponse().getContentAsString());
    }

    ResultActions read(String id, String trackingToken) throws Exception {
        return mvc.perform(withToken(get(BASE + "/" + id), trackingToken));
    }

    ResultActions fetchActivationToken(String id, String trackingToken) throws Exception {
        return mvc.perform(withToken(post(BASE + "/" + id + "/activation-token"), trackingToken));
    }

    JsonNode read(String content) {
        return json.readTree(content);
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return token == null ? request : request.header(TRACKING, token);
    }
}
