package cn.haztrail.console;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in real headless Chromium, as people use it: by labels, keys and clicks, asserting on what a person
 * sees. The application runs on a random port of 127.0.0.1 with the demo data.
 */
@BrowserTest
class ConsoleBrowserIT {

    @RegisterExtension
    final BrowserWindows windows = new BrowserWindows();
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_regulator_signs_in_sees_the_open_alerts_of_the_demo_and_exports_them_to_xlsx() throws Exception {
        Browser b = windows.open(1366, 1900);
        signIn(b, "regulator-jdz", "demo");
        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "监管看板"));
        // The alerts projection streams from the event store: the page shows them once it has caught up.
        b.await(driver -> {
            boolean both = !driver.findElements(By.cssSelector("#alerts tr[data-type=DISCREPANCY]")).isEmpty()
                    && !driver.findElements(By.cssSelector("#alerts tr[data-type=STORAGE_OVERDUE]")).isEmpty();
            if (!both) {
                driver.navigate().refresh();
            }
            return both;
        });
        b.await(ExpectedConditions.attributeToBe(By.id("mix-chart"), "data-ready", "true"));
        assertThat(b.driver.findElement(By.id("alert-counts")).getText()).contains("接收差异", "贮存超期");
        b.screenshot("regulator-dashboard");

        String href = b.driver.findElement(By.id("alerts-xlsx")).getAttribute("href");
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + b.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
            }
        }
        assertThat(cells).contains("类型", "接收差异", "贮存超期");
    }

    @Test
    void a_regulator_sees_the_demo_manifest_flow_as_a_sankey_chart_and_in_the_flows_table() {
        Browser b = windows.open(1366, 1200);
        signIn(b, "regulator-jdz", "demo");
        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "监管看板"));
        // The batch facts stream from the event store: the flows appear once the projection has caught up.
        b.await(driver -> {
            boolean drawn = !driver.findElements(By.cssSelector("#flows-enterprises tbody tr")).isEmpty();
            if (!drawn) {
                driver.navigate().refresh();
            }
            return drawn;
        });
        b.await(ExpectedConditions.attributeToBe(By.id("flows-enterprises-chart"), "data-ready", "true"));
        WebElement chart = b.driver.findElement(By.id("flows-enterprises-chart"));
        assertThat(chart.findElements(By.cssSelector("svg path"))).as("the Sankey bands and nodes").isNotEmpty();
        assertThat(chart.findElement(By.tagName("svg")).getText()).contains("景德镇市昌南化工有限公司");
        assertThat(b.driver.findElement(By.id("flows-enterprises")).getText())
                .contains("景德镇市昌南化工有限公司", "景德镇市危险废物综合处置中心", " t");
        assertThat(b.driver.findElement(By.id("flows")).getText()).contains("跨省转移");
        assertThat(b.driver.findElement(By.id("key-units")).getText()).contains("持有危险废物经营许可证");
        ((org.openqa.selenium.JavascriptExecutor) b.driver)
                .executeScript("document.getElementById('flows').scrollIntoView()");
        b.screenshot("regulator-flows");
    }

    @Test
    void a_producer_signs_in_and_sees_its_enterprise_page() {
        Browser b = windows.open(1366, 900);
        signIn(b, "producer", "demo");
        b.await(ExpectedConditions.textToBePresentInElementLocated(By.id("enterprise-name"), "景德镇市昌南化工有限公司"));
        assertThat(b.driver.findElement(By.tagName("nav")).getText()).contains("本企业").doesNotContain("监管看板");
        b.screenshot("producer-home");
    }

    @Test
    void a_wrong_password_shows_a_chinese_error_on_the_sign_in_page() {
        Browser b = windows.open(1366, 900);
        signIn(b, "producer", "not-the-password");
        WebElement error = b.await(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
        assertThat(error.getText()).isEqualTo("用户名或密码错误。");
        b.screenshot("sign-in-refused");
    }

    @Test
    void the_public_label_check_shows_the_waste_code_and_no_quantity_without_sign_in() {
        Map<String, Object> batch = jdbc.queryForMap(
                "select label_id, waste_code, quantity_value from batch_view order by generated_at limit 1");
        Browser b = windows.open(390, 844);
        b.go("/l/" + batch.get("label_id"));
        b.await(ExpectedConditions.textToBe(By.id("waste-code"), (String) batch.get("waste_code")));
        String page = b.driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("标签查验").doesNotContain(" kg").doesNotContain(" t\n")
                .doesNotContain(String.valueOf(batch.get("quantity_value")));
        assertThat(b.driver.findElements(By.id("password"))).isEmpty();
        b.screenshot("public-label-check");
    }

    @Test
    void the_sign_in_form_works_with_the_keyboard_alone_and_labels_every_input() {
        Browser b = windows.open(1366, 900);
        b.go("/login");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        for (WebElement input : b.driver.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
            assertThat(b.driver.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
                    .as("a label for %s", input.getAttribute("name")).hasSize(1);
        }
        b.driver.findElement(By.tagName("body")).click();
        boolean reached = false;
        for (int tab = 0; tab < 20 && !reached; tab++) {
            b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            reached = "sign-in".equals(b.driver.switchTo().activeElement().getAttribute("id"));
        }
        assertThat(reached).as("the tab order reaches the sign-in button").isTrue();

        b.field("用户名").sendKeys("regulator-jdz", Keys.TAB);
        b.driver.switchTo().activeElement().sendKeys("demo", Keys.ENTER);
        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "监管看板"));
    }

    private static void signIn(Browser b, String username, String password) {
        b.go("/");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        b.field("用户名").sendKeys(username);
        b.field("密码").sendKeys(password);
        b.driver.findElement(By.id("sign-in")).click();
    }
}
