package cn.haztrail.enrolment.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param applicationsPerAddress accepted applications a client address may send within {@code window}
 * @param window                 how far back the applications of an address count
 */
@ConfigurationProperties("haztrail.enrolment")
record EnrolmentProperties(@DefaultValue("5") int applicationsPerAddress, @DefaultValue("PT1H") Duration window) {
}
