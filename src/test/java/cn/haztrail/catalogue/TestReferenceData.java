package cn.haztrail.catalogue;

import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The shipped reference files, loaded the way the application loads them, for plain unit tests. */
public final class TestReferenceData {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestReferenceData() {
    }

    public static ReferenceDataLoader loader() {
        return new ReferenceDataLoader(new PathMatchingResourcePatternResolver(), ReferenceDataLoader.CLASSPATH);
    }

    public static WasteCatalogue wasteCatalogue() {
        return new WasteCatalogue(loader().wasteList(), "2021");
    }

    public static MethodCatalogue methodCatalogue() {
        return new MethodCatalogue(loader().methods());
    }

    public static RegionDirectory regionDirectory() {
        return new RegionDirectory(loader().regions());
    }

    public static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(loader().holidays(), List.of(), List.of(), SHANGHAI);
    }
}
