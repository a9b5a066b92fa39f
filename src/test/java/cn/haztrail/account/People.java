package cn.haztrail.account;

import cn.haztrail.support.Api;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People made through the account API for tests: opened, activated, signed in with their own password. */
public final class People {

    public static final String PASSWORD = "kiln-fired porcelain 1004";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final MockMvc mvc;
    private final JsonMapper json;

    public People(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public record Person(String username, String accountId) {
    }

    static String username(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet() + "-" + System.nanoTime();
    }

    /** The administrator opens the enterprise's manager; returns the answer (with the activation token). */
    JsonNode openManager(UUID enterprise, String username) throws Exception {
        return read(as(Api.ADMIN, "admin-test", Requests.post("/api/v1/accounts"), Map.of("username", username,
                "kind", "ENTERPRISE_MANAGER", "enterpriseId", enterprise)).andExpect(status().isCreated()));
    }

    /** An activated manager of the enterprise. */
    public Person manager(UUID enterprise) throws Exception {
        String username = username("manager");
        JsonNode opened = openManager(enterprise, username);
        activate(opened.get("activationToken").asText(), PASSWORD).andExpect(status().isNoContent());
        return new Person(username, opened.get("accountId").asText());
    }

    /** An activated member of the manager's enterprise, added by the manager. */
    public Person member(Person manager, UUID enterprise, String role) throws Exception {
        String username = username(role.toLowerCase());
        JsonNode added = read(as(manager.username(), PASSWORD, Requests.post("/api/v1/enterprises/" + enterprise + "/members"),
                Map.of("username", username, "role", role)).andExpect(status().isCreated()));
        activate(added.get("activationToken").asText(), PASSWORD).andExpect(status().isNoContent());
        return new Person(username, added.get("accountId").asText());
    }

    ResultActions activate(String token, String password) throws Exception {
        return mvc.perform(Requests.post("/api/v1/accounts/activation").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("token", token, "password", password))));
    }

    ResultActions get(Person person, String path, String... headers) throws Exception {
        return as(person.username(), PASSWORD, withHeaders(Requests.get(path), headers),
                null);
    }

    ResultActions post(Person person, String path, Object body, String... headers) throws Exception {
        return as(person.username(), PASSWORD, withHeaders(Requests.post(path), headers),
                body);
    }

    ResultActions as(String username, String password, MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request.with(httpBasic(username, password)));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder withHeaders(MockHttpServletRequestBuilder request,
                                                             String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    /** MockMvc's request builders, by a name that does not clash with this class's own get/post. */
    private static final class Requests {
        static MockHttpServletRequestBuilder get(String path) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        }

        static MockHttpServletRequestBuilder post(String path) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
        }
    }
}
