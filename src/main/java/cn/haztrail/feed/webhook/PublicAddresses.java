package cn.haztrail.feed.webhook;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a webhook may reach an address: only public unicast ones. The IP address library parses every form (IPv6,
 * IPv4-mapped, scoped) and knows loopback, private, link-local, unique-local and multicast itself; the rest are the
 * blocks IANA's special-purpose address registries mark as not globally reachable (RFC 6890 and successors), tested
 * with the library's own containment. Any IPv6 address outside global unicast (2000::/3) is refused as well.
 */
final class PublicAddresses {

    private static final IPAddressNetwork.IPAddressGenerator ADDRESSES = new IPAddressNetwork.IPAddressGenerator();
    private static final IPAddress GLOBAL_UNICAST_V6 = block("2000::/3");
    private static final Map<IPAddress, String> NOT_GLOBAL = Map.ofEntries(
            Map.entry(block("0.0.0.0/8"), "\"this network\" (0.0.0.0/8)"),
            Map.entry(block("100.64.0.0/10"), "shared address space, CGNAT (100.64.0.0/10)"),
            Map.entry(block("192.0.0.0/24"), "IETF protocol assignments (192.0.0.0/24)"),
            Map.entry(block("192.0.2.0/24"), "documentation (192.0.2.0/24)"),
            Map.entry(block("192.88.99.0/24"), "6to4 relay anycast (192.88.99.0/24)"),
            Map.entry(block("198.18.0.0/15"), "benchmarking (198.18.0.0/15)"),
            Map.entry(block("198.51.100.0/24"), "documentation (198.51.100.0/24)"),
            Map.entry(block("203.0.113.0/24"), "documentation (203.0.113.0/24)"),
            Map.entry(block("240.0.0.0/4"), "reserved (240.0.0.0/4)"),
            Map.entry(block("255.255.255.255/32"), "limited broadcast (255.255.255.255)"),
            Map.entry(block("2001::/23"), "IETF protocol assignments (2001::/23)"),
            Map.entry(block("2001:db8::/32"), "documentation (2001:db8::/32)"),
            Map.entry(block("2002::/16"), "6to4, an embedded IPv4 address (2002::/16)"),
            Map.entry(block("3fff::/20"), "documentation (3fff::/20)"));

    private PublicAddresses() {
    }

    /** Why the address is not public, or empty when a webhook may reach it. */
    static Optional<String> whyNotPublic(InetAddress inet, boolean allowLoopback) {
        return whyNotPublic(ADDRESSES.from(inet), allowLoopback);
    }

    private static Optional<String> whyNotPublic(IPAddress address, boolean allowLoopback) {
        if (address.isLoopback()) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback");
        }
        if (address.isIPv6()) {
            IPv6Address v6 = address.toIPv6();
            if (v6.isIPv4Mapped() || v6.isIPv4Compatible() || v6.isWellKnownIPv4Translatable()) {
                // the IPv4 address inside is what a dual-stack host or a NAT64 gateway ends up reaching
                IPAddress embedded = v6.getEmbeddedIPv4Address();
                return whyNotPublic(embedded, allowLoopback)
                        .map(reason -> "an IPv6 form of " + embedded + ", " + reason);
            }
            if (v6.isUniqueLocal()) {
                return Optional.of("unique-local (fc00::/7)");
            }
            if (v6.isSiteLocal()) {
                return Optional.of("site-local (fec0::/10)");
            }
        }
        if (address.isAnyLocal()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocal()) {
            return Optional.of("link-local");
        }
        if (address.isMulticast()) {
            return Optional.of("multicast");
        }
        if (address.isIPv4() && address.toIPv4().isPrivate()) {
            return Optional.of("private (RFC 1918)");
        }
        for (Map.Entry<IPAddress, String> entry : NOT_GLOBAL.entrySet()) {
            if (entry.getKey().contains(address)) {
                return Optional.of(entry.getValue());
            }
        }
        if (address.isIPv6() && !GLOBAL_UNICAST_V6.contains(address)) {
            return Optional.of("outside IPv6 global unicast (2000::/3)");
        }
        return Optional.empty();
    }

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock();
    }
}
