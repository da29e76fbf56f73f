package gcscope.vm.bytecode;

import java.util.List;

/** One variant of an enum type: its name, payload fields in the declared layout, and that layout's id. */
public record VariantInfo(String name, List<FieldInfo> fields, int payloadLayoutId) {
    public VariantInfo {
        fields = List.copyOf(fields);
    }
}
