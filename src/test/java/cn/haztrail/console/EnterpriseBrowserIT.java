package cn.haztrail.console;

import cn.haztrail.batch.query.LabelLinks;
import cn.haztrail.manifest.CustodyFlow;
import cn.haztrail.manifest.CustodyFlow.SubmittedOil;
import cn.haztrail.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprise pages in real headless Chromium: a correction proposed by the producer, approved by the carrier from
 * its waiting list and refused by the receiver (R20); a label's QR code read with the camera (a fake one that films a
 * QR code made from the label's real payload); the custody timeline on a phone.
 */
@BrowserTest
class EnterpriseBrowserIT {

    @RegisterExtension
    final BrowserWindows windows = new BrowserWindows();
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LabelLinks labels;

    @Test
    void a_correction_proposed_by_the_producer_is_approved_by_the_carrier_and_refused_by_the_receiver()
            throws Exception {
        windows.requireBrowser();
        SubmittedOil manifest = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(1);

        Browser producer = windows.open(1000, 1400);
        signIn(producer, "producer");
        producer.go("/console/manifests/" + manifest.id());
        producer.await(ExpectedConditions.elementToBeClickable(By.id("propose-correction"))).click();
        WebElement plate = producer.await(ExpectedConditions.visibilityOfElementLocated(By.id("vehiclePlate")));
        assertThat(producer.field("车牌号")).isEqualTo(plate);
        plate.clear();
        plate.sendKeys("赣H67890");
        producer.field("更正理由").sendKeys("原车辆故障，改派备用车");
        producer.driver.findElement(By.id("propose-correction")).click();
        producer.await(ExpectedConditions.textToBe(By.id("correction-state"), "待审核"));
        producer.screenshot("correction-proposed");

        Browser carrier = windows.open(1000, 1400);
        signIn(carrier, "carrier");
        carrier.go("/console/enterprise");
        carrier.await(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#waiting li[data-action=APPROVE_CORRECTION] a"))).click();
        WebElement change = carrier.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#changes tr[data-field=vehiclePlate]")));
        assertThat(change.getText()).contains("车牌号", "赣H12345", "赣H67890");
        carrier.screenshot("correction-to-approve");
        carrier.driver.findElement(By.id("approve-correction")).click();
        carrier.await(ExpectedConditions.textToBe(By.id("decision-done"), "您已同意该更正。"));

        Browser receiver = windows.open(1000, 1400);
        signIn(receiver, "receiver");
        receiver.go("/console/enterprise");
        receiver.await(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#waiting li[data-action=APPROVE_CORRECTION] a"))).click();
        receiver.await(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
        receiver.field("拒绝理由").sendKeys("备用车无危废运输资质");
        receiver.driver.findElement(By.id("reject-correction")).click();
        receiver.await(ExpectedConditions.textToBe(By.id("correction-state"), "已拒绝"));
        assertThat(receiver.driver.findElement(By.id("decision-done")).getText()).isEqualTo("您已拒绝该更正。");
    }

    @Test
    void the_custody_timeline_fits_a_phone_without_horizontal_scrolling() throws Exception {
        windows.requireBrowser();
        CustodyFlow flow = new CustodyFlow(new Api(mvc, json, jdbc));
        SubmittedOil manifest = flow.submittedOil(1);
        flow.pickUp("carrier", manifest.id(), "赣H12345", List.of(manifest.labelId()));

        Browser phone = windows.open(390, 844).phone(390, 844);
        signIn(phone, "regulator-jdz");
        phone.go("/console/custody/manifests/" + manifest.number());
        phone.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "全过程记录"));
        assertThat(phone.driver.findElement(By.id("entries")).getText()).isNotBlank();

        JavascriptExecutor js = (JavascriptExecutor) phone.driver;
        assertThat(js.executeScript("return window.innerWidth;")).isEqualTo(390L);
        assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the page is no wider than the phone (scrollWidth %s)",
                        js.executeScript("return document.documentElement.scrollWidth;"))
                .isTrue();
        phone.screenshot("timeline-phone");
    }

    @Test
    void a_driver_scans_the_label_with_the_phone_camera_and_the_label_id_fills_the_field() throws Exception {
        SubmittedOil manifest = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(1);
        Browser phone = camera(labels.qrPayload(manifest.labelId())).phone(390, 844);
        signIn(phone, "carrier");
        phone.go("/console/manifests/" + manifest.id() + "/pickup");

        phone.await(ExpectedConditions.elementToBeClickable(By.id("scan-labels"))).click();

        WebElement labelsField = phone.field("标签编码");
        phone.await(driver -> labelsField.getDomProperty("value").contains(manifest.labelId()));
        assertThat(phone.driver.findElement(By.id("scan-status-labels")).getText()).contains(manifest.labelId());
        phone.screenshot("driver-pickup-scanned");
        phone.field("驾驶员姓名").sendKeys("李师傅");
        phone.field("驾驶员电话").sendKeys("13807981234");
        phone.driver.findElement(By.id("confirm-pickup")).click();
        phone.await(ExpectedConditions.visibilityOfElementLocated(By.id("step-done")));
    }

    @Test
    void a_regulator_scans_a_label_on_the_search_page_and_finds_its_batch() throws Exception {
        SubmittedOil manifest = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(1);
        Browser regulator = camera(labels.qrPayload(manifest.labelId()));
        signIn(regulator, "regulator-jdz");
        regulator.go("/console/search");

        regulator.await(ExpectedConditions.elementToBeClickable(By.id("scan-q"))).click();

        WebElement query = regulator.field("联单编号、标签编号、企业名称或信用代码");
        regulator.await(driver -> manifest.labelId().equals(query.getDomProperty("value")));
        query.submit();
        WebElement found = regulator.await(ExpectedConditions.visibilityOfElementLocated(By.id("batch-results")));
        assertThat(found.getText()).contains(manifest.labelId());
    }

    @Test
    void without_a_camera_the_scan_button_says_so_and_typing_still_works() throws Exception {
        SubmittedOil manifest = new CustodyFlow(new Api(mvc, json, jdbc)).submittedOil(1);
        Browser phone = windows.open(390, 844).phone(390, 844);
        signIn(phone, "carrier");
        phone.go("/console/manifests/" + manifest.id() + "/pickup");

        phone.await(ExpectedConditions.elementToBeClickable(By.id("scan-labels"))).click();

        phone.await(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-status-labels"), "无法打开摄像头"));
        phone.field("标签编码").sendKeys(manifest.labelId());
        phone.field("驾驶员姓名").sendKeys("李师傅");
        phone.field("驾驶员电话").sendKeys("13807981234");
        phone.driver.findElement(By.id("confirm-pickup")).click();
        phone.await(ExpectedConditions.visibilityOfElementLocated(By.id("step-done")));
    }

    /** Chromium with a fake camera filming the QR code, made here from the label's real payload. */
    private Browser camera(String qrPayload) throws Exception {
        windows.requireBrowser(); // before writing a video
        Path directory = Files.createDirectories(Path.of("target", "fake-camera"));
        return windows.open(1000, 1200, FakeCamera.filming(qrPayload, directory));
    }

    static void signIn(Browser b, String username) {
        b.go("/");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        b.field("用户名").sendKeys(username);
        b.field("密码").sendKeys("demo");
        b.driver.findElement(By.id("sign-in")).click();
        b.await(ExpectedConditions.invisibilityOfElementLocated(By.id("sign-in")));
    }
}
