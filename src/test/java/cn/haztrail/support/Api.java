package cn.haztrail.support;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** HTTP calls as a signed-in account (real HTTP Basic against stored accounts), and what the event store holds. */
public class Api {

    public static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-test";
    public static final String DEMO_PASSWORD = "demo";
    private static final String CUSTODY_PROCESSES = "custody-processes";

    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;

    public Api(MockMvc mvc, JsonMapper json, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    public ResultActions post(String user, String path, Object body, String... headers) throws Exception {
        return perform(withHeaders(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(asJson(body)), headers), user);
    }

    /** A multipart/form-data upload of one file in the part {@code file}. */
    public ResultActions upload(String user, String path, String fileName, String contentType, byte[] content,
                                String... headers) throws Exception {
        var request = MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", fileName, contentType, content));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        String password = ADMIN.equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    public ResultActions put(String user, String path, Object body) throws Exception {
        return perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON)
                .content(asJson(body)), user);
    }

    public ResultActions postRaw(String user, String path, String rawBody) throws Exception {
        return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(rawBody), user);
    }

    public ResultActions get(String user, String path, String... headers) throws Exception {
        return perform(withHeaders(MockMvcRequestBuilders.get(path), headers), user);
    }

    public ResultActions delete(String user, String path) throws Exception {
        return perform(MockMvcRequestBuilders.delete(path), user);
    }

    public ResultActions anonymousGet(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path));
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /**
     * One field of every item a list shows the user, page by page (200 an answer): the test database keeps every
     * other test's records, so the first page of a list ordered newest first need not reach an older one.
     */
    public java.util.List<String> everyItems(String user, String path, String field) throws Exception {
        java.util.List<String> values = new java.util.ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode items = read(get(user, path + separator + "size=200&page=" + page)
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()))
                    .get("items");
            items.forEach(item -> values.add(item.get(field).asString()));
            if (items.size() < 200) {
                return values;
            }
        }
    }

    /**
     * Events stored by requests, once the process that confirms receipts and links follow-ons (which appends to other
     * streams after a request) has caught up with the store. Deadlines (storage limits, receipt deadlines, expiring
     * reservations of other tests' waste) fire in the background and append their *Overdue and *Expired events at any
     * time, so they are not counted; nor are integrity seals (R23), nor what the processes after a receipt confirm on
     * the receiver and the approval (R04, R14).
     */
    public long storedEvents() throws Exception {
        new StreamingProcessors(this, jdbc).awaitCaughtUp(CUSTODY_PROCESSES);
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type not like '%Overdue' "
                + "and payload_type not like '%Expired' and payload_type not like '%IntegritySealed' "
                + "and payload_type not like '%.WasteAdmitted' and payload_type not like '%.ApprovalQuantityDrawn' "
                + "and payload_type not like '%Overrun'", Long.class);
    }

    public String asJson(Object body) {
        return body instanceof String text ? text : json.writeValueAsString(body);
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String user) throws Exception {
        String password = ADMIN.equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    private static MockHttpServletRequestBuilder withHeaders(MockHttpServletRequestBuilder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }
}
