package cn.haztrail.console;

import cn.haztrail.demo.DemoParties;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custody steps in real headless Chromium: a driver picks up and arrives on a phone, the receiver records a
 * receipt 10 % short, and the regulator sees the discrepancy alert. The manifest is prepared through the API.
 */
@BrowserTest
class StepsBrowserIT {

    @RegisterExtension
    final BrowserWindows windows = new BrowserWindows();
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_driver_picks_up_and_arrives_on_a_phone_the_receiver_finds_10_percent_short_and_the_regulator_sees_it()
            throws Exception {
        windows.requireBrowser();
        CustodyFlow flow = new CustodyFlow(new Api(mvc, json, jdbc));
        JsonNode batch = flow.registerBatch("producer", "900-249-08", "1000", "LIQUID", "DRUM", 2, List.of("T", "I"));
        String id = flow.draft("producer", DemoParties.DISPOSAL_CENTRE, List.of(DemoParties.CARRIER), "赣H12345",
                List.of(batch.get("id").asText()), "D10", Map.of()).get("id").asText();
        String number = flow.submit("producer", id).get("number").asText();

        Browser phone = windows.open(390, 844).phone(390, 844);
        signIn(phone, "carrier");
        phone.go("/console/manifests/" + id + "/pickup");
        phone.await(ExpectedConditions.textToBe(By.id("manifest-number"), number));
        phone.field("驾驶员姓名").sendKeys("李师傅");
        phone.field("驾驶员电话").sendKeys("13807981234");
        phone.field("标签编码").sendKeys(batch.get("labelId").asText());
        assertThat(((JavascriptExecutor) phone.driver).executeScript("return window.innerWidth;")).isEqualTo(390L);
        assertThat(horizontalOverflow(phone)).as("no horizontal scroll at 390 px").isFalse();
        ((JavascriptExecutor) phone.driver).executeScript("window.scrollTo(0, 0);");
        phone.screenshot("driver-pickup");
        phone.driver.findElement(By.id("confirm-pickup")).click();
        phone.await(ExpectedConditions.visibilityOfElementLocated(By.id("step-done")));
        assertThat(phone.driver.findElement(By.id("manifest-status")).getText()).isEqualTo("运输中");
        phone.driver.findElement(By.id("to-arrival")).click();
        phone.await(ExpectedConditions.elementToBeClickable(By.id("confirm-arrival"))).click();
        phone.await(ExpectedConditions.textToBe(By.id("manifest-status"), "已到达"));
        phone.screenshot("driver-arrival");

        Browser desk = windows.open(800, 1300);
        signIn(desk, "receiver");
        desk.go("/console/manifests/" + id + "/receipt");
        desk.await(ExpectedConditions.textToBe(By.id("manifest-number"), number));
        new Select(desk.driver.findElement(By.id("decision-0"))).selectByVisibleText("部分接收");
        WebElement accepted = desk.driver.findElement(By.id("accepted-0"));
        accepted.clear();
        accepted.sendKeys("900");
        desk.driver.findElement(By.id("note-0")).sendKeys("过磅少10%");
        desk.driver.findElement(By.id("confirm-receipt")).click();
        WebElement found = desk.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#received .discrepancy")));
        assertThat(found.getText()).contains("接收差异", "数量");
        desk.screenshot("receipt");

        Browser regulator = windows.open(1366, 1900);
        signIn(regulator, "regulator-jdz");
        regulator.await(ExpectedConditions.textToBe(By.tagName("h1"), "监管看板"));
        // The alerts projection streams from the event store: the page shows the alert once it has caught up.
        regulator.await(driver -> {
            boolean shown = driver.findElements(By.cssSelector("#alerts tr[data-type=DISCREPANCY]")).stream()
                    .anyMatch(row -> row.getText().contains(number));
            if (!shown) {
                driver.navigate().refresh();
            }
            return shown;
        });
        regulator.screenshot("regulator-discrepancy");
    }

    private static boolean horizontalOverflow(Browser b) {
        return (Boolean) ((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
    }

    private static void signIn(Browser b, String username) {
        b.go("/");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        b.field("用户名").sendKeys(username);
        b.field("密码").sendKeys("demo");
        b.driver.findElement(By.id("sign-in")).click();
        b.await(ExpectedConditions.invisibilityOfElementLocated(By.id("sign-in")));
    }
}
