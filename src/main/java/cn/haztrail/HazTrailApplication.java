package cn.haztrail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HazTrailApplication {

    public static void main(String[] args) {
        SpringApplication.run(HazTrailApplication.class, args);
    }
}
