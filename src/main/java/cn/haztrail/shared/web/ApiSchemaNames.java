package cn.haztrail.shared.web;

import io.swagger.v3.core.jackson.TypeNameResolver;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of the API's schemas: a nested type with a one-word name is named after the type that encloses it
 * ({@code ManifestView.Line} is {@code ManifestViewLine}, {@code ReceiptRequest.Line} is {@code ReceiptRequestLine}), so
 * that two records named {@code Line} no longer share one schema and a generated client's classes say what they are.
 * Two different types that still end up with one name stop the document from being served: a silently merged schema
 * makes every generated client send the wrong fields.
 */
class ApiSchemaNames extends TypeNameResolver {

    private final Map<String, Class<?>> owners = new ConcurrentHashMap<>();

    @Override
    protected String nameForClass(Class<?> type, Set<Options> options) {
        String name = super.nameForClass(type, options);
        if (type.getName().startsWith("cn.haztrail.")) {
            Class<?> owner = owners.putIfAbsent(name, type);
            if (owner != null && owner != type) {
                throw new IllegalStateException("Two API types are both named " + name + " in the OpenAPI document: "
                        + owner.getName() + " and " + type.getName() + "; rename one or give it @Schema(name = ...)");
            }
        }
        return name;
    }

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        boolean oneWord = type.getSimpleName().chars().skip(1).noneMatch(Character::isUpperCase);
        return enclosing == null || !oneWord ? super.getNameOfClass(type)
                : getNameOfClass(enclosing) + type.getSimpleName();
    }
}
