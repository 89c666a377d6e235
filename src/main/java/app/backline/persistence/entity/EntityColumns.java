package app.backline.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an entity as its own annotations map them: the {@code @Id} field and every {@code @Column}
 * field, made accessible. What {@link BatchInserter} writes and {@link RowReader} reads, so plain-JDBC paths
 * can never drift from the Hibernate mapping.
 */
final class EntityColumns {

    final String table;
    final Field id;
    final List<Field> columns;

    EntityColumns(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Field idField = null;
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            if (f.isAnnotationPresent(Id.class)) {
                f.setAccessible(true);
                idField = f;
            } else if (f.isAnnotationPresent(Column.class)) {
                f.setAccessible(true);
                fields.add(f);
            }
        }
        if (idField == null) {
            throw new IllegalArgumentException(type + " has no @Id field");
        }
        this.table = type.getAnnotation(Table.class).name();
        this.id = idField;
        this.columns = List.copyOf(fields);
    }

    static String name(Field f) {
        return f.getAnnotation(Column.class).name();
    }
}
