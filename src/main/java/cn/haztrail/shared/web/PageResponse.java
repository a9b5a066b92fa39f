package cn.haztrail.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer. */
@Schema(description = "One page of results")
public record PageResponse<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                              @Schema(example = "1") long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
