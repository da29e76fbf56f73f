package gcscope.vm.layout;

import java.util.Arrays;

/**
 * One layout of the {@link LayoutStore} (VM.md "Layouts"): a scalar, a reference, an interface
 * (two words), the empty payload, a tuple of fields sorted by alignment, or a tag union.
 * Sizes and offsets are in bytes.
 */
public sealed interface Layout permits Layout.Scalar, Layout.Ref, Layout.Iface, Layout.Unit, Layout.Tuple, Layout.Union {
    int size();

    int align();

    /** A non-reference scalar (bool, intN, uintN, floatN). Alignment equals size. */
    record Scalar(String name, int size, boolean isFloat) implements Layout {
        public int align() {
            return size;
        }
    }

    /** A GCREF word: string, slice, map, chan, func, pointer, enum. */
    record Ref() implements Layout {
        public int size() {
            return 8;
        }

        public int align() {
            return 8;
        }
    }

    /** An interface value: header word then data word (see gcscope.vm.heap.InterfaceHeader). */
    record Iface() implements Layout {
        public int size() {
            return 16;
        }

        public int align() {
            return 8;
        }
    }

    /** The payload of a variant with no fields. */
    record Unit() implements Layout {
        public int size() {
            return 0;
        }

        public int align() {
            return 1;
        }
    }

    /**
     * A tuple: {@code fields[i]} is the layout id of original field i and {@code offsets[i]} its byte
     * offset; {@code order} lists original indices in placement order (alignment descending, then
     * original index).
     */
    record Tuple(int[] fields, int[] offsets, int[] order, int size, int align) implements Layout {
        public Tuple {
            fields = fields.clone();
            offsets = offsets.clone();
            order = order.clone();
        }

        public int fieldCount() {
            return fields.length;
        }

        @Override
        public int[] fields() {
            return fields.clone();
        }

        @Override
        public int[] offsets() {
            return offsets.clone();
        }

        @Override
        public int[] order() {
            return order.clone();
        }

        public int field(int i) {
            return fields[i];
        }

        public int offset(int i) {
            return offsets[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tuple t && Arrays.equals(fields, t.fields) && Arrays.equals(offsets, t.offsets)
                    && size == t.size && align == t.align;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(fields) * 31 + size;
        }

        @Override
        public String toString() {
            return "Tuple" + Arrays.toString(fields) + "@" + Arrays.toString(offsets) + " size " + size;
        }
    }

    /**
     * A tag union: {@code variants[v]} is the payload layout id of variant v (Unit, a single field's
     * layout, or a Tuple); the payload sits at offset 0, the discriminant ({@code discSize} bytes, 1 for
     * up to 256 variants, else 2) at {@code discOffset = alignForward(maxPayloadSize, discSize)}.
     */
    record Union(int[] variants, int discOffset, int discSize, int size, int align) implements Layout {
        public Union {
            variants = variants.clone();
        }

        @Override
        public int[] variants() {
            return variants.clone();
        }

        public int variantCount() {
            return variants.length;
        }

        public int variant(int v) {
            return variants[v];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Union u && Arrays.equals(variants, u.variants) && discOffset == u.discOffset
                    && discSize == u.discSize && size == u.size && align == u.align;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(variants) * 31 + size;
        }

        @Override
        public String toString() {
            return "Union" + Arrays.toString(variants) + " disc@" + discOffset + " size " + size;
        }
    }
}
