package cn.haztrail.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A regulator follows a discrepancy alert from the dashboard to the chain of custody (R17, R24) in real headless
 * Chromium, and sees the discrepancy marked and the record's integrity (R23).
 */
@BrowserTest
class TimelineBrowserIT {

    @RegisterExtension
    final BrowserWindows windows = new BrowserWindows();

    @Test
    void a_regulator_opens_the_discrepancy_alert_and_reads_the_timeline_of_its_manifest() {
        Browser b = windows.open(1366, 3000);
        b.go("/");
        b.await(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        b.field("用户名").sendKeys("regulator-jdz");
        b.field("密码").sendKeys("demo");
        b.driver.findElement(By.id("sign-in")).click();
        b.await(ExpectedConditions.textToBe(By.tagName("h1"), "监管看板"));
        // The alerts projection streams from the event store: the page shows the alert once it has caught up.
        By discrepancyLink = By.cssSelector("#alerts tr[data-type=DISCREPANCY] a.timeline-link");
        b.await(driver -> {
            boolean shown = !driver.findElements(discrepancyLink).isEmpty();
            if (!shown) {
                driver.navigate().refresh();
            }
            return shown;
        });

        b.driver.findElement(discrepancyLink).click();

        b.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "全过程记录"));
        WebElement entries = b.driver.findElement(By.id("entries"));
        assertThat(entries.getText()).contains("差异：数量", "补录：纸质联单补录");
        assertThat(b.driver.findElement(By.id("integrity-summary")).getText()).contains("校验通过");
        assertThat(b.driver.findElement(By.id("asOf")).getTagName()).isEqualTo("input");
        b.screenshot("custody-timeline");
    }
}
