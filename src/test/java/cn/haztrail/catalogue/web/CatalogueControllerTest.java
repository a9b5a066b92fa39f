package cn.haztrail.catalogue.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.haztrail.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** The catalogue is open to every signed-in account; these calls sign in as the demo producer. */
@IntegrationTest
class CatalogueControllerTest {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void signIn() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("producer", "demo"))).build();
    }

    @Test
    void searches_a_category_of_the_current_edition() throws Exception {
        mvc.perform(get("/api/v1/catalogue/waste-codes").param("category", "HW08").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(32))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[0].category").value("HW08"))
                .andExpect(jsonPath("$.items[0].edition").value("2021"));
    }

    @Test
    void R06_an_entry_shows_its_hazard_characteristics_as_codes() throws Exception {
        mvc.perform(get("/api/v1/catalogue/waste-codes/900-041-49"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("900-041-49"))
                .andExpect(jsonPath("$.categoryName").value("其他废物"))
                .andExpect(jsonPath("$.hazardNotation").value("T/In"))
                .andExpect(jsonPath("$.hazardCharacteristics[0]").value("T"))
                .andExpect(jsonPath("$.hazardCharacteristics[1]").value("In"))
                .andExpect(jsonPath("$.oneOrMoreOf", hasSize(2)))
                .andExpect(jsonPath("$.certain", hasSize(0)))
                .andExpect(jsonPath("$.medical").value(false));
    }

    @Test
    void an_unlisted_code_is_404_as_problem_details() throws Exception {
        mvc.perform(get("/api/v1/catalogue/waste-codes/900-000-49").param("edition", "2021"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("900-000-49")));
    }

    @Test
    void bad_parameters_are_400() throws Exception {
        mvc.perform(get("/api/v1/catalogue/waste-codes").param("size", "201")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/catalogue/waste-codes").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/catalogue/waste-codes").param("category", "hw8")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/catalogue/waste-codes").param("category", "HW41"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("HW41")));
        mvc.perform(get("/api/v1/catalogue/waste-codes").param("edition", "1998")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/catalogue/waste-codes/900-041")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/catalogue/waste-codes/900-000-41")).andExpect(status().isBadRequest());
    }

    @Test
    void R05_lists_methods_with_kind_and_finality() throws Exception {
        mvc.perform(get("/api/v1/catalogue/methods"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(24)))
                .andExpect(jsonPath("$[?(@.code == 'HTS1')].kind").value("STORAGE_COLLECTION"))
                .andExpect(jsonPath("$[?(@.code == 'HTS1')].finalTreatment").value(false))
                .andExpect(jsonPath("$[?(@.code == 'HTS1')].definedBy").value("haztrail"))
                .andExpect(jsonPath("$[?(@.code == 'C1')].kind").value("CO_PROCESSING"));
    }

    @Test
    void a_region_comes_with_its_province_and_city() throws Exception {
        mvc.perform(get("/api/v1/catalogue/regions/360203"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("珠山区"))
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.province.code").value("360000"))
                .andExpect(jsonPath("$.city.name").value("景德镇市"));
        mvc.perform(get("/api/v1/catalogue/regions/360000"))
                .andExpect(jsonPath("$.parent").doesNotExist());
        mvc.perform(get("/api/v1/catalogue/regions/369999")).andExpect(status().isNotFound());
    }

    @Test
    void lists_categories_with_counts() throws Exception {
        mvc.perform(get("/api/v1/catalogue/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(46)))
                .andExpect(jsonPath("$[0].category").value("HW01"))
                .andExpect(jsonPath("$[0].name").value("医疗废物"))
                .andExpect(jsonPath("$[0].entryCount").value(5));
    }
}
