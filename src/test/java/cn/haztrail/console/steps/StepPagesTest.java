package cn.haztrail.console.steps;

import cn.haztrail.account.People;
import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.manifest.CustodyFlow.SubmittedOil;
import cn.haztrail.support.Api;
import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The drivers' and receivers' step pages: the API's rules, in Chinese, next to the field, through a form. */
@IntegrationTest
class StepPagesTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    CustodyFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json, jdbc);
        flow = new CustodyFlow(api);
    }

    /** A submitted manifest of one 1000 kg batch (2 drums) from the demo producer to the disposal centre. */
    private SubmittedOil submitted() throws Exception {
        return flow.submittedOil(2);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private String statusOf(String id) throws Exception {
        return api.read(api.get("producer", "/api/v1/manifests/" + id)).get("status").asText();
    }

    private static String soon() {
        return LOCAL.format(Instant.now().plusSeconds(60));
    }

    @Test
    void a_carrier_picks_up_with_the_form_and_the_manifest_is_in_transit() throws Exception {
        SubmittedOil manifest = submitted();
        MockHttpSession carrier = signIn("carrier");
        mvc.perform(get("/console/manifests/" + manifest.id() + "/pickup").session(carrier))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(manifest.number()), containsString("900-249-08"),
                        containsString("<label for=\"labels\">标签编码</label>"))));

        mvc.perform(post("/console/manifests/" + manifest.id() + "/pickup").session(carrier).with(csrf())
                        .param("vehiclePlate", "赣H12345").param("driverName", "李师傅")
                        .param("driverPhone", "13807981234").param("labels", manifest.labelId().toLowerCase() + "\n")
                        .param("at", soon()))
                .andExpect(redirectedUrl("/console/manifests/" + manifest.id() + "/pickup?done=true"));

        assertThat(statusOf(manifest.id())).isEqualTo("IN_TRANSIT");
    }

    /** The version the page's form carries, as the person saw it. */
    private static String versionIn(String page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).as("the form carries the version").isTrue();
        return version.group(1);
    }

    @Test
    void the_pickup_form_carries_the_manifest_version_the_carrier_saw() throws Exception {
        SubmittedOil manifest = submitted();

        String page = mvc.perform(get("/console/manifests/" + manifest.id() + "/pickup").session(signIn("carrier")))
                .andReturn().getResponse().getContentAsString();

        String etag = api.get("producer", "/api/v1/manifests/" + manifest.id()).andReturn().getResponse()
                .getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + versionIn(page) + "\"");
    }

    @Test
    void a_pickup_on_a_manifest_changed_since_the_page_was_opened_is_not_taken_and_the_page_says_so_in_chinese()
            throws Exception {
        SubmittedOil manifest = submitted();
        MockHttpSession carrier = signIn("carrier");
        String seen = versionIn(mvc.perform(get("/console/manifests/" + manifest.id() + "/pickup").session(carrier))
                .andReturn().getResponse().getContentAsString());
        api.post("producer", "/api/v1/manifests/" + manifest.id() + "/corrections", Map.of("changes",
                Map.of("emergencyMeasures", "泄漏时用沙土围堵"), "reason", "补充应急措施")).andExpect(status().isCreated());

        mvc.perform(post("/console/manifests/" + manifest.id() + "/pickup").session(carrier).with(csrf())
                        .param("vehiclePlate", "赣H12345").param("driverName", "李师傅")
                        .param("driverPhone", "13807981234").param("labels", manifest.labelId())
                        .param("at", soon()).param("version", seen))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"step-error\""),
                        containsString("您打开本页后记录已被更新（您看到的是第 " + seen + " 版"))));

        assertThat(statusOf(manifest.id())).isEqualTo("SUBMITTED");
    }

    @Test
    void a_pickup_with_the_version_the_carrier_saw_is_taken() throws Exception {
        SubmittedOil manifest = submitted();
        MockHttpSession carrier = signIn("carrier");
        String seen = versionIn(mvc.perform(get("/console/manifests/" + manifest.id() + "/pickup").session(carrier))
                .andReturn().getResponse().getContentAsString());

        mvc.perform(post("/console/manifests/" + manifest.id() + "/pickup").session(carrier).with(csrf())
                        .param("vehiclePlate", "赣H12345").param("driverName", "李师傅")
                        .param("driverPhone", "13807981234").param("labels", manifest.labelId())
                        .param("at", soon()).param("version", seen))
                .andExpect(redirectedUrl("/console/manifests/" + manifest.id() + "/pickup?done=true"));

        assertThat(statusOf(manifest.id())).isEqualTo("IN_TRANSIT");
    }

    @Test
    void an_arrival_on_a_manifest_changed_since_the_page_was_opened_is_not_confirmed() throws Exception {
        SubmittedOil manifest = submitted();
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));
        MockHttpSession carrier = signIn("carrier");
        String seen = versionIn(mvc.perform(get("/console/manifests/" + manifest.id() + "/arrival").session(carrier))
                .andReturn().getResponse().getContentAsString());
        api.post("producer", "/api/v1/manifests/" + manifest.id() + "/corrections", Map.of("changes",
                Map.of("emergencyMeasures", "泄漏时用沙土围堵"), "reason", "补充应急措施")).andExpect(status().isCreated());

        mvc.perform(post("/console/manifests/" + manifest.id() + "/arrival").session(carrier).with(csrf())
                        .param("at", soon()).param("version", seen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您打开本页后记录已被更新")));

        assertThat(statusOf(manifest.id())).isEqualTo("IN_TRANSIT");
    }

    @Test
    void R13_a_label_not_on_the_manifest_is_refused_in_chinese_naming_both_labels_and_nothing_is_picked_up()
            throws Exception {
        SubmittedOil manifest = submitted();
        String stranger = manifest.labelId().substring(0, 33) + "9999";

        mvc.perform(post("/console/manifests/" + manifest.id() + "/pickup").session(signIn("carrier")).with(csrf())
                        .param("vehiclePlate", "赣H12345").param("driverName", "李师傅")
                        .param("driverPhone", "13807981234").param("labels", stranger).param("at", soon()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-scannedLabelIds\""),
                        containsString("标签与联单不符（缺少 [" + manifest.labelId() + "]，不在联单上 [" + stranger + "]）"))));

        assertThat(statusOf(manifest.id())).isEqualTo("SUBMITTED");
    }

    @Test
    void a_malformed_phone_is_shown_in_chinese_next_to_the_phone_field() throws Exception {
        SubmittedOil manifest = submitted();

        mvc.perform(post("/console/manifests/" + manifest.id() + "/pickup").session(signIn("carrier")).with(csrf())
                        .param("vehiclePlate", "赣H12345").param("driverName", "李师傅")
                        .param("driverPhone", "call me").param("labels", manifest.labelId()).param("at", soon()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入电话号码")));

        assertThat(statusOf(manifest.id())).isEqualTo("SUBMITTED");
    }

    @Test
    void R17_a_receiver_records_a_line_10_percent_short_and_the_page_shows_the_quantity_discrepancy()
            throws Exception {
        SubmittedOil manifest = submitted();
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));
        flow.arrive("carrier", manifest.id());
        MockHttpSession receiver = signIn("receiver");
        mvc.perform(get("/console/manifests/" + manifest.id() + "/receipt").session(receiver))
                .andExpect(status().isOk()).andExpect(content().string(containsString(manifest.number())));

        mvc.perform(post("/console/manifests/" + manifest.id() + "/receipt").session(receiver).with(csrf())
                        .param("lines[0].batchId", manifest.batchId()).param("lines[0].decision", "PARTIAL")
                        .param("lines[0].acceptedValue", "900").param("lines[0].acceptedUnit", "kg")
                        .param("lines[0].containersReceived", "2").param("lines[0].methodCode", "D10")
                        .param("lines[0].note", "过磅少10%").param("at", soon()))
                .andExpect(redirectedUrl("/console/manifests/" + manifest.id() + "/receipt?done=true"));

        mvc.perform(get("/console/manifests/" + manifest.id() + "/receipt?done=true").session(receiver))
                .andExpect(content().string(allOf(containsString("已记录接收"), containsString("接收差异"),
                        containsString("数量"), containsString("900"))));
        assertThat(statusOf(manifest.id())).isEqualTo("RECEIVED");
    }

    @Test
    void R19_a_receiver_records_the_disposal_of_a_received_batch_and_it_closes() throws Exception {
        SubmittedOil manifest = submitted();
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));
        flow.arrive("carrier", manifest.id());
        api.post("receiver", "/api/v1/manifests/" + manifest.id() + "/receipt", CustodyFlow.receipt(List.of(
                CustodyFlow.acceptLine(manifest.batchId(), "ACCEPT", "1000", 2, "D10"))));
        MockHttpSession receiver = signIn("receiver");
        String page = "/console/batches/" + manifest.batchId() + "/disposal";
        mvc.perform(get(page).session(receiver)).andExpect(status().isOk())
                .andExpect(content().string(containsString(manifest.labelId())));

        mvc.perform(post(page).session(receiver).with(csrf()).param("methodCode", "D10").param("value", "1000")
                        .param("unit", "kg").param("disposedOn", LOCAL.format(Instant.now()).substring(0, 10)))
                .andExpect(redirectedUrl(page + "?done=true"));

        assertThat(api.read(api.get("receiver", "/api/v1/batches/" + manifest.batchId())).get("status").asText())
                .isEqualTo("DISPOSED");
    }

    @Test
    void R29_a_carriers_driver_picks_up_with_the_form() throws Exception {
        SubmittedOil manifest = submitted();
        People people = new People(mvc, json);
        People.Person driver = people.member(people.manager(DemoParties.CARRIER), DemoParties.CARRIER, "DRIVER");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(driver.username())
                .password(People.PASSWORD)).andReturn().getRequest().getSession(false);

        mvc.perform(post("/console/manifests/" + manifest.id() + "/pickup").session(session).with(csrf())
                        .param("vehiclePlate", "赣H12345").param("driverName", "李师傅")
                        .param("driverPhone", "13807981234").param("labels", manifest.labelId()).param("at", soon()))
                .andExpect(redirectedUrl("/console/manifests/" + manifest.id() + "/pickup?done=true"));

        assertThat(statusOf(manifest.id())).isEqualTo("IN_TRANSIT");
    }

    @Test
    void R29_a_carriers_viewer_cannot_open_the_pickup_page() throws Exception {
        SubmittedOil manifest = submitted();
        People people = new People(mvc, json);
        People.Person viewer = people.member(people.manager(DemoParties.CARRIER), DemoParties.CARRIER, "VIEWER");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(viewer.username())
                .password(People.PASSWORD)).andReturn().getRequest().getSession(false);

        mvc.perform(get("/console/manifests/" + manifest.id() + "/pickup").session(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void R21_a_producer_cannot_open_the_pickup_page() throws Exception {
        SubmittedOil manifest = submitted();

        mvc.perform(get("/console/manifests/" + manifest.id() + "/pickup").session(signIn("producer")))
                .andExpect(status().isForbidden());
    }
}
