package cn.haztrail.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The utilization/disposal method codes, in the order of {@code reference/methods.csv}. */
public class MethodCatalogue {

    private final Map<String, MethodCode> methods = new LinkedHashMap<>();

    public MethodCatalogue(Collection<MethodCode> codes) {
        for (MethodCode method : codes) {
            if (methods.putIfAbsent(method.code(), method) != null) {
                throw new IllegalStateException("method code " + method.code() + " is listed twice");
            }
        }
    }

    /** Looks a code up; {@code d10} finds {@code D10}. */
    public Optional<MethodCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(methods.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public List<MethodCode> all() {
        return List.copyOf(methods.values());
    }

    /**
     * Whether the method utilizes or disposes of the waste for good (rule R05: a collection-only licence allows only
     * methods for which this is false).
     *
     * @throws IllegalArgumentException for an unknown code, so that a typo never passes as "not final"
     */
    public boolean isFinalTreatment(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown method code '" + code + "'"))
                .kind().isFinal();
    }
}
