package cn.haztrail.oversight.indicators;

import cn.haztrail.catalogue.Region;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.RegionPrefix;
import cn.haztrail.oversight.indicators.FlowReport.Graph;
import cn.haztrail.oversight.indicators.FlowReport.Link;
import cn.haztrail.oversight.indicators.FlowReport.Node;
import cn.haztrail.registry.query.EnterpriseQueries;
import cn.haztrail.registry.query.EnterpriseSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Flows of accepted waste from producers to receivers, received in a period, whose origin or destination lies in a
 * region: per enterprise pair and per city pair, each by waste category, flagged when they cross a province border.
 */
@Service
@Transactional(readOnly = true)
public class FlowQueries {

    private static final Comparator<Link> LARGEST_FIRST = Comparator
            .comparing((Link link) -> new BigDecimal(link.value())).reversed()
            .thenComparing(Link::source).thenComparing(Link::target).thenComparing(Link::category);

    private final BatchFactRepository facts;
    private final EnterpriseQueries enterprises;
    private final RegionDirectory regions;

    FlowQueries(BatchFactRepository facts, EnterpriseQueries enterprises, RegionDirectory regions) {
        this.facts = facts;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /** The flows received from the first day to the last, both included (what the console's dashboard draws). */
    public FlowReport flows(String region, LocalDate from, LocalDate to) {
        return flows(region, new Period(from, to));
    }

    FlowReport flows(String region, Period period) {
        List<FlowRow> rows = facts.flows(RegionPrefix.of(region), period.from(), period.to());
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.producerId());
            ids.add(row.receiverId());
        });
        Map<UUID, EnterpriseSummary> names = enterprises.summaries(ids).stream()
                .collect(Collectors.toMap(EnterpriseSummary::id, Function.identity()));

        Map<String, Node> enterpriseNodes = new LinkedHashMap<>();
        Map<String, Node> regionNodes = new LinkedHashMap<>();
        List<Link> enterpriseLinks = new ArrayList<>();
        Map<List<String>, Sum> cityFlows = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal crossProvince = BigDecimal.ZERO;
        for (FlowRow row : rows) {
            Place origin = place(row.producerRegion());
            Place destination = place(row.receiverRegion());
            boolean cross = !origin.provinceCode().equals(destination.provinceCode());
            total = total.add(row.tonnes());
            crossProvince = cross ? crossProvince.add(row.tonnes()) : crossProvince;

            String source = "producer:" + row.producerId();
            String target = "receiver:" + row.receiverId();
            enterpriseNodes.computeIfAbsent(source, id -> enterpriseNode(id, "origin", row.producerId(), names, origin));
            enterpriseNodes.computeIfAbsent(target,
                    id -> enterpriseNode(id, "destination", row.receiverId(), names, destination));
            enterpriseLinks.add(new Link(source, target, row.category(), IndicatorSums.tonnes(row.tonnes()), row.batches(),
                    cross));

            String from = "origin:" + origin.cityCode();
            String to = "destination:" + destination.cityCode();
            regionNodes.computeIfAbsent(from, id -> regionNode(id, "origin", origin));
            regionNodes.computeIfAbsent(to, id -> regionNode(id, "destination", destination));
            cityFlows.merge(List.of(from, to, row.category()), new Sum(row.tonnes(), row.batches(), cross),
                    Sum::plus);
        }
        List<Link> cityLinks = cityFlows.entrySet().stream().map(flow -> new Link(flow.getKey().get(0),
                flow.getKey().get(1), flow.getKey().get(2), IndicatorSums.tonnes(flow.getValue().tonnes()),
                flow.getValue().batches(), flow.getValue().crossProvince())).sorted(LARGEST_FIRST).toList();
        return new FlowReport(region, period.from(), period.to(), IndicatorSums.tonnes(total), IndicatorSums.tonnes(crossProvince),
                new Graph(List.copyOf(enterpriseNodes.values()),
                        enterpriseLinks.stream().sorted(LARGEST_FIRST).toList()),
                new Graph(List.copyOf(regionNodes.values()), cityLinks));
    }

    private static Node enterpriseNode(String id, String side, UUID enterpriseId, Map<UUID, EnterpriseSummary> names,
                                       Place place) {
        String name = Optional.ofNullable(names.get(enterpriseId)).map(EnterpriseSummary::name)
                .orElse(enterpriseId.toString());
        return new Node(id, side, name, enterpriseId, place.regionCode(), place.cityCode(), place.cityName(),
                place.provinceCode(), place.provinceName());
    }

    private static Node regionNode(String id, String side, Place place) {
        return new Node(id, side, place.cityName(), null, place.cityCode(), place.cityCode(), place.cityName(),
                place.provinceCode(), place.provinceName());
    }

    /** A region code with its city and province; an unknown code stands for itself. */
    private Place place(String regionCode) {
        String code = regionCode == null ? "000000" : regionCode;
        Region city = regions.cityOf(code).orElse(null);
        Region province = regions.provinceOf(code).orElse(null);
        return new Place(code, city == null ? code : city.code(), city == null ? code : city.name(),
                province == null ? code.substring(0, 2) + "0000" : province.code(),
                province == null ? code.substring(0, 2) + "0000" : province.name());
    }

    private record Sum(BigDecimal tonnes, long batches, boolean crossProvince) {

        Sum plus(Sum other) {
            return new Sum(tonnes.add(other.tonnes), batches + other.batches, crossProvince);
        }
    }

    private record Place(String regionCode, String cityCode, String cityName, String provinceCode,
                         String provinceName) {
    }
}
