package gcscope.vm.layout;

import java.util.Arrays;

/**
 * Which byte offsets of a layout hold references: {@code refOffsets} are GCREF words,
 * {@code interfaceOffsets} are interface headers (the data word follows at +8 and is a reference
 * when the header says so). Both sorted ascending. Compared by content.
 */
public record PointerMap(int[] refOffsets, int[] interfaceOffsets) {
    public static final PointerMap EMPTY = new PointerMap(new int[0], new int[0]);

    public PointerMap {
        refOffsets = refOffsets.clone();
        interfaceOffsets = interfaceOffsets.clone();
    }

    @Override
    public int[] refOffsets() {
        return refOffsets.clone();
    }

    @Override
    public int[] interfaceOffsets() {
        return interfaceOffsets.clone();
    }

    public int refCount() {
        return refOffsets.length;
    }

    public int refOffset(int i) {
        return refOffsets[i];
    }

    public int interfaceCount() {
        return interfaceOffsets.length;
    }

    public int interfaceOffset(int i) {
        return interfaceOffsets[i];
    }

    public boolean isEmpty() {
        return refOffsets.length == 0 && interfaceOffsets.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointerMap p && Arrays.equals(refOffsets, p.refOffsets) && Arrays.equals(interfaceOffsets, p.interfaceOffsets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(refOffsets) * 31 + Arrays.hashCode(interfaceOffsets);
    }

    /** E.g. {@code ref@0 iface@8}, or {@code none}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        int i = 0, j = 0;
        while (i < refOffsets.length || j < interfaceOffsets.length) {
            if (b.length() > 0) b.append(' ');
            if (j >= interfaceOffsets.length || (i < refOffsets.length && refOffsets[i] < interfaceOffsets[j])) b.append("ref@").append(refOffsets[i++]);
            else b.append("iface@").append(interfaceOffsets[j++]);
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
