package gcscope.views.common;

import java.util.List;

/**
 * A layout of the program's layout store as the layout panel draws it: id, a name ("Shape.Rect
 * payload", "union Shape"), total size, and its fields at their offsets (VM.md "Layouts").
 * {@code kind} of a field is "REF", "INTERFACE", "VALUE", "FLOAT" or "DISCRIMINANT".
 */
public record LayoutSpec(int id, String name, int size, List<Field> fields, int internedAs) {
    public record Field(String name, int offset, int size, String kind) {
    }

    public LayoutSpec {
        fields = List.copyOf(fields);
    }
}
