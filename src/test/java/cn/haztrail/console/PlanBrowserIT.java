package cn.haztrail.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R30 in real headless Chromium: the demo producer files next year's management plan with the form, and the
 * regulator of 景德镇 finds it in its list and records it with a filing number, which the producer then sees.
 */
@BrowserTest
class PlanBrowserIT {

    private static final String FILING_NUMBER = "景环固计备〔浏览器〕001号";

    @RegisterExtension
    final BrowserWindows windows = new BrowserWindows();

    @Test
    void R30_the_producer_files_its_plan_and_the_regulator_records_it_with_a_filing_number() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        Browser producer = signIn("producer");
        producer.await(ExpectedConditions.visibilityOfElementLocated(By.linkText("管理计划"))).click();
        producer.await(ExpectedConditions.visibilityOfElementLocated(By.id("file-plan"))).click();
        producer.await(ExpectedConditions.textToBe(By.tagName("h1"), "申报危险废物管理计划"));
        producer.field("年度").clear();
        producer.field("年度").sendKeys(String.valueOf(year));
        producer.driver.findElement(By.id("lines-0-wasteCode")).sendKeys("900-249-08");
        producer.driver.findElement(By.id("lines-0-expectedTonnes")).sendKeys("12.5");
        producer.driver.findElement(By.id("storage-0-name")).sendKeys("1号危废暂存间");
        producer.driver.findElement(By.id("storage-0-capacity")).sendKeys("30");
        new Select(producer.driver.findElement(By.id("receivers-0-receiverId")))
                .selectByVisibleText("景德镇市危险废物综合处置中心");
        producer.driver.findElement(By.id("receivers-0-methodCode")).sendKeys("D10");
        producer.field("减量化措施").sendKeys("改进清洗工艺，废矿物油回收再用（浏览器测试）");
        producer.screenshot("producer-plan-form");
        producer.driver.findElement(By.id("submit-plan")).sendKeys(Keys.ENTER);
        producer.await(ExpectedConditions.textToBe(By.id("plan-status"), "已申报，待备案"));
        String plan = producer.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

        Browser regulator = signIn("regulator-jdz");
        regulator.go("/console/records/plans?year=" + year);
        regulator.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='" + plan + "']")))
                .click();
        regulator.await(ExpectedConditions.visibilityOfElementLocated(By.id("record-plan")));
        regulator.field("备案号").sendKeys(FILING_NUMBER);
        regulator.screenshot("regulator-plan-review");
        regulator.driver.findElement(By.id("record-plan")).sendKeys(Keys.ENTER);
        regulator.await(ExpectedConditions.textToBe(By.id("plan-status"), "已备案"));
        assertThat(regulator.driver.findElement(By.id("filing-number")).getText()).startsWith(FILING_NUMBER);

        producer.driver.navigate().refresh();
        producer.await(ExpectedConditions.textToBe(By.id("plan-status"), "已备案"));
        assertThat(producer.driver.findElement(By.id("plan-versions")).getText()).contains(FILING_NUMBER);
    }

    private Browser signIn(String username) {
        Browser b = windows.open(1366, 1200);
        b.go("/");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        b.field("用户名").sendKeys(username);
        b.field("密码").sendKeys("demo", Keys.ENTER);
        b.await(ExpectedConditions.visibilityOfElementLocated(By.className("nav")));
        return b;
    }
}
