package cn.haztrail.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The demo enterprises, with ids derived from their names so that README and Swagger walk-throughs can name them.
 * Two cities of Jiangxi (景德镇, 宜春) and one of Guangdong (深圳), so that cross-city and cross-province flows exist.
 */
public final class DemoParties {

    public static final UUID CHEMICAL_PLANT = id("chemical-plant");
    public static final UUID HOSPITAL = id("hospital");
    public static final UUID CARRIER = id("carrier");
    public static final UUID SECOND_CARRIER = id("second-carrier");
    public static final UUID DISPOSAL_CENTRE = id("disposal-centre");
    public static final UUID CEMENT_PLANT = id("cement-plant");
    public static final UUID COLLECTOR = id("collector");
    public static final UUID SHENZHEN_RECYCLER = id("shenzhen-recycler");

    private DemoParties() {
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("haztrail-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
