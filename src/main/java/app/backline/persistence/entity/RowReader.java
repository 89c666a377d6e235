package app.backline.persistence.entity;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads entity instances from plain-JDBC rows that hold the entity's columns (e.g. {@code select p.*}),
 * by the entity's own annotations: the read path of the feed, where Hibernate's per-query translation and
 * hydration cost several times the query itself (see docs/benchmarks.md). Instances are detached.
 *
 * @param <E> an entity with a no-argument constructor
 */
public final class RowReader<E> {

    private final EntityColumns mapping;
    private final Constructor<E> constructor;

    private RowReader(Class<E> type) {
        this.mapping = new EntityColumns(type);
        try {
            this.constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no no-argument constructor", e);
        }
    }

    public static RowReader<PostEntity> posts() {
        return new RowReader<>(PostEntity.class);
    }

    public static RowReader<MediaItemEntity> mediaItems() {
        return new RowReader<>(MediaItemEntity.class);
    }

    /** The column an entity property (field) is mapped to. @throws IllegalArgumentException if unmapped */
    public String columnOf(String property) {
        if (mapping.id.getName().equals(property)) {
            return property;
        }
        return mapping.columns.stream().filter(f -> f.getName().equals(property)).findFirst()
                .map(EntityColumns::name)
                .orElseThrow(() -> new IllegalArgumentException("no column mapped for " + property));
    }

    /** The entity in the result set's current row. @throws SQLException when a column is missing */
    public E read(ResultSet rs) throws SQLException {
        try {
            E e = constructor.newInstance();
            mapping.id.set(e, rs.getLong(mapping.id.getName()));
            for (Field f : mapping.columns) {
                f.set(e, value(rs, EntityColumns.name(f), f.getType()));
            }
            return e;
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(ResultSet rs, String column, Class<?> type) throws SQLException {
        if (type == String.class) {
            return rs.getString(column);
        }
        if (type == long.class || type == int.class || type == boolean.class) {
            Object v = type == long.class ? rs.getLong(column) : type == int.class ? rs.getInt(column)
                    : rs.getBoolean(column);
            return v;
        }
        if (type == Instant.class) {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
        if (type.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : Enum.valueOf((Class) type, name);
        }
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (type == Long.class) {
            return ((Number) v).longValue();
        }
        if (type == Integer.class) {
            return ((Number) v).intValue();
        }
        if (type == Boolean.class) {
            return v;
        }
        throw new IllegalArgumentException("unsupported field type " + type + " for column " + column);
    }
}
