package cn.haztrail.catalogue;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone where business days begin and end ({@code haztrail.zone}, Asia/Shanghai by default) */
@ConfigurationProperties("haztrail")
public record ZoneProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
