package io.cnctwin.platform.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/** What the servers' OpenAPI implementations write that is not valid OpenAPI, taken out again. */
public final class OpenApiQuirks {

    /** True on MicroProfile OpenAPI 3.x, where exclusiveMaximum is a flag (it is a number from 4.0 on). */
    public static final boolean OPENAPI_3_MODEL = exclusiveMaximumType() == Boolean.class;

    private OpenApiQuirks() {
    }

    /**
     * Payara 6 adds a top-level "endpoints" list that is not part of OpenAPI (validators reject the document; later
     * Payara versions name it "x-endpoints"): dropped through its model class, when present.
     */
    public static void withoutPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing to drop
        }
    }

    /** Payara adds each class's {@code @Tag} to the document's tags again, without its description: one of each, described. */
    public static void withoutDuplicateTags(OpenAPI api) {
        if (api.getTags() != null) {
            Map<String, Tag> first = new java.util.LinkedHashMap<>();
            api.getTags().forEach(tag -> first.merge(tag.getName(), tag, (a, b) -> a.getDescription() == null ? b : a));
            api.setTags(new ArrayList<>(first.values()));
        }
    }

    /**
     * Payara writes every attribute of an explicit {@code @Schema}, the unset ones as false or 0 (maxProperties 0
     * would forbid every property), and gives an array schema its items' properties, and a string schema another record's: those are dropped. Only on
     * the MicroProfile OpenAPI 3 model (Payara 6): the 4.0 model (WildFly 37) types exclusiveMaximum and type
     * otherwise, so this code would not link there, and its implementation writes no such defaults.
     */
    public static Schema withoutUnsetDefaults(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        for (java.util.function.Supplier<Boolean> flag : List.<java.util.function.Supplier<Boolean>>of(
                schema::getUniqueItems, schema::getNullable, schema::getReadOnly, schema::getWriteOnly, schema::getDeprecated)) {
            if (Boolean.FALSE.equals(flag.get())) {
                clearFlags(schema);
                break;
            }
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
            schema.setProperties(null);
        }
        // Payara 6 also leaks a record's properties into plain string schemas of other operations (seen: the replay
        // speed request's in the CSV export's 200 answer); a string has no properties
        if (schema.getType() == Schema.SchemaType.STRING && schema.getProperties() != null) {
            schema.setProperties(null);
        }
        return schema;
    }

    private static Class<?> exclusiveMaximumType() {
        try {
            return Schema.class.getMethod("getExclusiveMaximum").getReturnType();
        } catch (NoSuchMethodException e) {
            return Void.class;
        }
    }

    private static void clearFlags(Schema schema) {
        schema.setUniqueItems(Boolean.TRUE.equals(schema.getUniqueItems()) ? true : null);
        schema.setNullable(Boolean.TRUE.equals(schema.getNullable()) ? true : null);
        schema.setReadOnly(Boolean.TRUE.equals(schema.getReadOnly()) ? true : null);
        schema.setWriteOnly(Boolean.TRUE.equals(schema.getWriteOnly()) ? true : null);
        schema.setDeprecated(Boolean.TRUE.equals(schema.getDeprecated()) ? true : null);
    }

}
