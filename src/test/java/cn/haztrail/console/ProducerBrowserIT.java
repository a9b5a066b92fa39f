package cn.haztrail.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A producer's day in real headless Chromium: signs in, registers a batch with the form (the waste code found in
 * the catalogue list, the hazards ticked from it), drafts a manifest with that batch and submits it.
 */
@BrowserTest
class ProducerBrowserIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    final BrowserWindows windows = new BrowserWindows();

    @Test
    void a_producer_registers_a_batch_then_drafts_and_submits_a_manifest_with_it() {
        Browser b = windows.open(1366, 1400);
        b.go("/");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        b.field("用户名").sendKeys("producer");
        b.field("密码").sendKeys("demo", Keys.ENTER);
        b.await(ExpectedConditions.visibilityOfElementLocated(By.linkText("登记危废"))).click();

        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "登记危险废物批次"));
        b.field("废物代码").sendKeys("900-249-08");
        b.await(ExpectedConditions.elementSelectionStateToBe(By.cssSelector("#hazards input[value=T]"), true));
        b.field("数量").sendKeys("35.5");
        new Select(b.field("物理形态")).selectByVisibleText("液态");
        new Select(b.field("包装方式")).selectByVisibleText("桶");
        b.field("主要成分").sendKeys("废机油 90%，水 10%（浏览器测试）");
        setValue(b, b.driver.findElement(By.id("generatedAt")),
                LocalDateTime.now(SHANGHAI).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
        b.screenshot("producer-batch-form");
        b.field("贮存位置").sendKeys("2号暂存间 B-01", Keys.ENTER);

        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "危废批次"));
        assertThat(b.driver.findElement(By.id("batch")).getText()).contains("900-249-08", "35.5", "kg", "毒性");
        assertThat(b.driver.findElement(By.id("print-label")).getAttribute("href")).endsWith("/label.png");
        String batchId = b.driver.getCurrentUrl().substring(b.driver.getCurrentUrl().lastIndexOf('/') + 1);
        b.screenshot("producer-batch");

        b.driver.findElement(By.linkText("新建联单")).click();
        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "新建危险废物转移联单"));
        b.driver.findElement(By.cssSelector("#batches input[value='" + batchId + "']")).sendKeys(Keys.SPACE);
        new Select(b.field("接收单位")).selectByVisibleText("景德镇市危险废物综合处置中心");
        new Select(b.field("运输单位")).selectByVisibleText("景德镇市安运危险货物运输有限公司");
        b.field("车牌号").sendKeys("赣H12345");
        setValue(b, b.field("计划转移日期"), LocalDate.now(SHANGHAI).plusDays(1).toString());
        new Select(b.field("拟利用处置方式")).selectByValue("D10");
        b.screenshot("producer-manifest-form");
        b.driver.findElement(By.id("draft")).sendKeys(Keys.ENTER);

        b.await(ExpectedConditions.textToBe(By.id("manifest-status"), "草稿"));
        b.driver.findElement(By.id("submit-manifest")).sendKeys(Keys.ENTER);
        b.await(ExpectedConditions.textToBe(By.id("manifest-status"), "已提交"));
        assertThat(b.driver.findElement(By.id("manifest-number")).getText()).matches("\\d{14}");
        assertThat(b.driver.findElement(By.id("lines")).getText()).contains("900-249-08");
        b.screenshot("producer-manifest");

        b.driver.findElement(By.linkText("待办")).click();
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("waiting-heading")));
        b.screenshot("producer-waiting");
    }

    /** Date and time pickers differ per browser language; the value is set as the form submits it. */
    private static void setValue(Browser b, WebElement input, String value) {
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }
}
