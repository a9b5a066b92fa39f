package cn.haztrail.catalogue.web;

import java.util.List;
import java.util.function.Supplier;

import cn.haztrail.catalogue.MethodCatalogue;
import cn.haztrail.catalogue.RegionDirectory;
import cn.haztrail.catalogue.WasteCatalogue;
import cn.haztrail.catalogue.WasteCategory;
import cn.haztrail.catalogue.WasteCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only access to the reference tables. Parameter constraints are checked by Spring MVC's built-in method
 * validation, which answers 400 with problem details; a class-level {@code @Validated} would switch to the AOP
 * proxy instead, whose {@code ConstraintViolationException} surfaces as a 500.
 */
@RestController
@RequestMapping(path = "/api/v1/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "国家危险废物名录 (National Hazardous Waste List), 利用/处置方式代码 (method codes) "
        + "and 行政区划 (administrative divisions): reference data")
public class CatalogueController {

    private static final String WASTE_CODE = "\\d{3}-\\d{3}-\\d{2}";

    private final WasteCatalogue wasteCatalogue;
    private final MethodCatalogue methodCatalogue;
    private final RegionDirectory regionDirectory;

    CatalogueController(WasteCatalogue wasteCatalogue, MethodCatalogue methodCatalogue,
                        RegionDirectory regionDirectory) {
        this.wasteCatalogue = wasteCatalogue;
        this.methodCatalogue = methodCatalogue;
        this.regionDirectory = regionDirectory;
    }

    @GetMapping("/waste-codes")
    @Operation(operationId = "searchWasteCodes",
            summary = "Search the waste codes of one edition",
            description = "q matches code (with or without hyphens), description, category and industry source, "
                    + "case-insensitively.")
    public WasteCodePageView searchWasteCodes(
            @Parameter(description = "list edition; the current edition if absent", example = "2021")
            @RequestParam(required = false) @Size(max = 20) String edition,
            @Parameter(example = "HW08") @RequestParam(required = false) @Pattern(regexp = "HW\\d{2}") String category,
            @Parameter(description = "text to look for", example = "废矿物油") @RequestParam(required = false)
            @Size(max = 100) String q,
            @Parameter(description = "zero-based") @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        String chosen = knownEdition(edition);
        WasteCategory wasteCategory = category == null ? null : parse(() -> WasteCategory.parse(category));
        return WasteCodePageView.of(wasteCatalogue.search(chosen, wasteCategory, q, page, size));
    }

    @GetMapping("/waste-codes/{code}")
    @Operation(operationId = "getWasteCode",
            summary = "One waste code's entry", description = "404 if the edition does not list the code.")
    public WasteCodeView wasteCode(
            @Parameter(example = "900-249-08") @PathVariable @Pattern(regexp = WASTE_CODE) String code,
            @Parameter(description = "list edition; the current edition if absent", example = "2021")
            @RequestParam(required = false) @Size(max = 20) String edition) {
        String chosen = edition == null ? wasteCatalogue.currentEdition() : edition;
        WasteCode wasteCode = parse(() -> WasteCode.parse(code));
        return wasteCatalogue.find(chosen, wasteCode).map(WasteCodeView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "waste code " + code + " is not in the " + chosen + " edition of the list"));
    }

    @GetMapping("/categories")
    @Operation(operationId = "listWasteCategories",
            summary = "The categories of one edition with names and entry counts")
    public List<CategoryView> categories(
            @Parameter(description = "list edition; the current edition if absent", example = "2021")
            @RequestParam(required = false) @Size(max = 20) String edition) {
        return wasteCatalogue.categories(knownEdition(edition)).stream().map(CategoryView::of).toList();
    }

    @GetMapping("/methods")
    @Operation(operationId = "listMethods",
            summary = "All utilization/disposal method codes with their kind",
            description = "HTS1 and HTC1 (storage, collection) are HazTrail's own codes: no public table has them.")
    public List<MethodView> methods() {
        return methodCatalogue.all().stream().map(MethodView::of).toList();
    }

    @GetMapping("/regions/{code}")
    @Operation(operationId = "getRegion",
            summary = "An administrative division with its province and city")
    public RegionView region(@Parameter(example = "360203") @PathVariable @Pattern(regexp = "\\d{6}") String code) {
        return regionDirectory.find(code)
                .map(r -> new RegionView(r.code(), r.name(), r.level(), r.parent(),
                        regionDirectory.provinceOf(code).map(RegionRef::of).orElseThrow(),
                        regionDirectory.cityOf(code).map(RegionRef::of).orElseThrow()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no region " + code + " in the 2024 division codes"));
    }

    private String knownEdition(String edition) {
        if (edition == null) {
            return wasteCatalogue.currentEdition();
        }
        if (!wasteCatalogue.hasEdition(edition)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "unknown list edition " + edition + "; editions: " + wasteCatalogue.editions());
        }
        return edition;
    }

    private static <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
