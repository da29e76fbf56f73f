package gcscope.compiler.types;

import java.util.List;

/**
 * What a selector {@code x.f} denotes.
 * <ul>
 * <li>FIELD: {@code path} = indices of the embedded fields walked, then the field's own index (Go's index
 *   path); {@code indirect} when a pointer is dereferenced on the way (including x itself being a pointer).</li>
 * <li>METHOD_VALUE (a concrete method, called or not): {@code path} = indices of the embedded fields walked to
 *   reach the receiver; {@code method} is the method; {@code autoAddr} when the receiver must be addressed
 *   ({@code v.M()} with pointer receiver M), {@code autoDeref} when it must be loaded ({@code p.M()} with
 *   value receiver M).</li>
 * <li>INTERFACE_METHOD: {@code x} (after walking {@code path}) has interface type; {@code methodIndex}
 *   indexes {@link InterfaceType#methods()}.</li>
 * <li>METHOD_EXPR: {@code T.M} / {@code (*T).M}; the type is a function taking the receiver first.</li>
 * <li>PACKAGE_MEMBER: {@code fmt.Println}; {@code name} is the member.</li>
 * <li>ENUM_VARIANT: {@code Shape.Rect} (constructor, called with the payload) or {@code Shape.Empty}
 *   (a value); {@code variant} is set.</li>
 * </ul>
 * {@code recv} is the type of x (for METHOD_EXPR, the receiver type T or *T); {@code type} the selector's type.
 */
public record Selection(Kind kind, Type recv, String name, List<Integer> path, boolean indirect,
                        FuncSymbol method, int methodIndex, boolean autoAddr, boolean autoDeref,
                        EnumType.Variant variant, Type type) {
    public enum Kind { FIELD, METHOD_VALUE, INTERFACE_METHOD, METHOD_EXPR, PACKAGE_MEMBER, ENUM_VARIANT }

    public Selection {
        path = List.copyOf(path);
    }
}
