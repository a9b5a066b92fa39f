package cn.haztrail.registry.api;

/** The roles an enterprise plays in a transfer; one enterprise may play several. */
public enum PartyRole {
    /** 产生单位: generates hazardous waste; the usual consignor. */
    PRODUCER,
    /** 收集单位: collects from small producers and consigns onward; holds a collection licence. */
    COLLECTOR,
    /** 承运人: transports; holds a road dangerous-goods transport permit. */
    CARRIER,
    /** 接受单位: stores, utilizes or disposes; holds a hazardous-waste business licence. */
    RECEIVER
}
