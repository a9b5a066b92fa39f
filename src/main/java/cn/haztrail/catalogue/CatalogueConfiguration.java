package cn.haztrail.catalogue;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** Loads the reference tables once at start; any bad row stops the application with its file and line. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CatalogueProperties.class, CalendarProperties.class, ZoneProperties.class})
public class CatalogueConfiguration {

    private final ReferenceDataLoader loader;

    CatalogueConfiguration(ResourceLoader resourceLoader) {
        this.loader = new ReferenceDataLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader),
                ReferenceDataLoader.CLASSPATH);
    }

    @Bean
    WasteCatalogue wasteCatalogue(CatalogueProperties properties) {
        return new WasteCatalogue(loader.wasteList(), properties.currentEdition());
    }

    @Bean
    MethodCatalogue methodCatalogue() {
        return new MethodCatalogue(loader.methods());
    }

    @Bean
    RegionDirectory regionDirectory() {
        return new RegionDirectory(loader.regions());
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties calendar, ZoneProperties zone,
                                          ObjectProvider<StoredCalendars> stored) {
        return new WorkingDayCalendar(loader.holidays(), calendar.extraHolidays(), calendar.extraWorkdays(),
                zone.zone(), stored.getIfAvailable(() -> StoredCalendars.NONE));
    }
}
