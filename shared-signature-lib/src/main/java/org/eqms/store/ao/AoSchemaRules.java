package org.eqms.store.ao;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.java.ao.ActiveObjectsException;
import net.java.ao.Common;
import net.java.ao.Polymorphic;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.TableNameConverter;

/**
 * The naming rules of DESIGN §4 for Active Objects entities, checked with the products' own name converters.
 *
 * <p>Table names come from {@link AtlassianTableNameConverter} with {@link AoTablePrefix}, column names from
 * {@link AtlassianFieldNameConverter}, over the same methods the Atlassian AO plugin's entity validator walks
 * (every public accessor or mutator not marked {@link Ignore}, plus the type column of a {@link Polymorphic}
 * relation). Rules:
 * <ul>
 *   <li>entity table name without prefix at most {@value #MAX_ENTITY_TABLE_NAME} characters;</li>
 *   <li>full table name and every column name at most {@value #MAX_NAME} characters;</li>
 *   <li>no table name (without prefix) or column name that {@link SqlReservedWords} reserves;</li>
 *   <li>at most {@value #MAX_ENTITIES} entities per {@code <ao>} module (the AO plugin's limit).</li>
 * </ul>
 */
public final class AoSchemaRules {

    static final int MAX_ENTITY_TABLE_NAME = 19;
    static final int MAX_NAME = 30;
    static final int MAX_ENTITIES = 200;

    private AoSchemaRules() {
    }

    /** Every broken rule, one readable line each; empty when all entities comply. */
    public static List<String> violations(String namespace, List<Class<? extends RawEntity<?>>> entities) {
        AoTablePrefix prefix = AoTablePrefix.forNamespace(namespace);
        TableNameConverter tables = new AtlassianTableNameConverter(prefix);
        FieldNameConverter columns = new AtlassianFieldNameConverter();
        List<String> violations = new ArrayList<>();
        if (entities.size() > MAX_ENTITIES) {
            violations.add(entities.size() + " entities in one <ao> module; the AO plugin allows " + MAX_ENTITIES);
        }
        entities.stream()
                .sorted(Comparator.comparing(Class::getName))
                .forEach(entity -> {
                    checkTable(entity, prefix, tables, violations);
                    checkColumns(entity, columns, violations);
                });
        return List.copyOf(violations);
    }

    private static void checkTable(Class<? extends RawEntity<?>> entity, AoTablePrefix prefix,
                                   TableNameConverter tables, List<String> violations) {
        String table;
        try {
            table = tables.getName(entity);
        } catch (ActiveObjectsException tooLong) {
            violations.add(entity.getName() + ": " + tooLong.getMessage());
            return;
        }
        String bare = table.substring(prefix.prefix().length());
        if (bare.length() > MAX_ENTITY_TABLE_NAME) {
            violations.add(entity.getName() + ": table name " + bare + " has " + bare.length()
                    + " characters; at most " + MAX_ENTITY_TABLE_NAME + " (full name " + table + ")");
        }
        if (table.length() > MAX_NAME) {
            violations.add(entity.getName() + ": table name " + table + " has " + table.length()
                    + " characters; at most " + MAX_NAME);
        }
        reserved(entity, "table name " + bare, bare, violations);
    }

    private static void checkColumns(Class<? extends RawEntity<?>> entity, FieldNameConverter columns,
                                     List<String> violations) {
        Set<String> seen = new LinkedHashSet<>();
        List<Method> methods = new ArrayList<>(List.of(entity.getMethods()));
        methods.sort(Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (!(Common.isAccessor(method) || Common.isMutator(method)) || method.isAnnotationPresent(Ignore.class)) {
                continue;
            }
            column(entity, method, false, columns, seen, violations);
            Class<?> attributeType = Common.getAttributeTypeFromMethod(method);
            if (attributeType != null && attributeType.isAnnotationPresent(Polymorphic.class)) {
                column(entity, method, true, columns, seen, violations);
            }
        }
    }

    private static void column(Class<? extends RawEntity<?>> entity, Method method, boolean polymorphicType,
                               FieldNameConverter columns, Set<String> seen, List<String> violations) {
        String column;
        try {
            column = polymorphicType ? columns.getPolyTypeName(method) : columns.getName(method);
        } catch (ActiveObjectsException tooLong) {
            violations.add(entity.getName() + ": " + tooLong.getMessage());
            return;
        }
        if (column == null || !seen.add(column)) {
            return;
        }
        String what = "column " + column + " (" + method.getName() + "())";
        if (column.length() > MAX_NAME) {
            violations.add(entity.getName() + ": " + what + " has " + column.length()
                    + " characters; at most " + MAX_NAME);
        }
        reserved(entity, what, column, violations);
    }

    private static void reserved(Class<?> entity, String what, String name, List<String> violations) {
        List<String> sources = SqlReservedWords.sourcesReserving(name);
        if (!sources.isEmpty()) {
            violations.add(entity.getName() + ": " + what + " is a reserved word in " + String.join(", ", sources));
        }
    }
}
