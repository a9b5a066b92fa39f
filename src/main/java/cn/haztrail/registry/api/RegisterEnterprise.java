package cn.haztrail.registry.api;


import java.util.List;
import java.util.UUID;

/** Registers an enterprise; refused for a bad or already registered credit code (R01). */
public record RegisterEnterprise(UUID enterpriseId, String creditCode, String name, String regionCode,
                                 String address, UUID contactRef, List<PartyRole> roles) {
}
