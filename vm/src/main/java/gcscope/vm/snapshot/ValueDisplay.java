package gcscope.vm.snapshot;

import gcscope.vm.bytecode.Program;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.TypeInfo;
import gcscope.vm.fmt.GoFloat;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;

import java.nio.charset.StandardCharsets;

/**
 * Person-readable text for a slot or a heap word, decoded by its kind and, when known, its Go
 * type: strings as quoted text, slices as "len 3 cap 4", pointers as addresses, floats in Go's
 * shortest form, bools as true/false; references that point at no live object say so.
 */
final class ValueDisplay {
    private static final int MAX_TEXT = 60;

    private final Program program;
    private final Heap heap;

    ValueDisplay(Program program, Heap heap) {
        this.program = program;
        this.heap = heap;
    }

    /** Display of one word of kind {@code kind}; {@code typeName} is the Go type when known ("" otherwise). */
    String word(SlotType kind, long raw, String typeName, long prevWord) {
        return switch (kind) {
            case VALUE -> scalar(raw, typeName);
            case FLOAT -> GoFloat.format(Double.longBitsToDouble(raw), 'g', -1, typeName.equals("float32") ? 32 : 64);
            case GCREF -> reference(raw);
            case INTERFACE0 -> ifaceHeader(raw);
            case INTERFACE1 -> ifaceData(prevWord, raw);
        };
    }

    private String scalar(long raw, String typeName) {
        if (typeName.equals("bool")) return raw == 0 ? "false" : raw == 1 ? "true" : "bool(" + raw + ")";
        if (typeName.startsWith("uint") || typeName.equals("byte") || typeName.equals("uintptr")) return Long.toUnsignedString(raw);
        return Long.toString(raw);
    }

    /** A reference shown briefly (heap fields): nil, its address, or what is wrong with it. */
    String address(long raw) {
        if (raw == 0) return "nil";
        int status = heap.refStatus(raw);
        if (status == Heap.REF_WILD) return "wild 0x" + Long.toHexString(raw);
        if (status == Heap.REF_FREED) return "freed 0x" + Long.toHexString(raw);
        return hex(raw);
    }

    /** "0x" and the lower-case hex digits of {@code v}, built in one buffer (snapshots format one per reference). */
    static String hex(long v) {
        int digits = Math.max(1, (67 - Long.numberOfLeadingZeros(v)) / 4);
        byte[] b = new byte[digits + 2];
        b[0] = '0';
        b[1] = 'x';
        for (int i = b.length - 1; i >= 2; i--) {
            b[i] = (byte) "0123456789abcdef".charAt((int) (v & 15));
            v >>>= 4;
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A reference: nil, a summary of its object, or what is wrong with it. */
    String reference(long raw) {
        if (raw == 0) return "nil";
        int status = heap.refStatus(raw);
        if (status == Heap.REF_WILD) return "wild 0x" + Long.toHexString(raw);
        if (status == Heap.REF_FREED) return "freed 0x" + Long.toHexString(raw);
        long start = heap.objectStart(raw);
        String at = start == raw ? "" : " +" + (raw - start - 8);
        return summary(start) + " @0x" + Long.toHexString(start) + at;
    }

    private String ifaceHeader(long raw) {
        if (InterfaceHeader.isNil(raw)) return "nil";
        int t = InterfaceHeader.typeId(raw);
        return t >= 0 && t < program.types().size() ? program.type(t).name() : "type#" + t;
    }

    private String ifaceData(long header, long raw) {
        if (InterfaceHeader.isNil(header)) return "";
        return switch (InterfaceHeader.dataKind(header)) {
            case InterfaceHeader.REF -> reference(raw);
            case InterfaceHeader.FLOAT -> GoFloat.format(Double.longBitsToDouble(raw), 'g', -1, 64);
            default -> scalar(raw, ifaceHeader(header));
        };
    }

    /** A short description of the live object at {@code addr}: "\"hi\"", "len 3 cap 4", "main.Node". */
    String summary(long addr) {
        ObjectKind kind = heap.kind(addr);
        return switch (kind) {
            case STRING -> quoted(stringText(addr));
            case SLICE -> "len " + heap.load(addr, 2) + " cap " + heap.load(addr, 3);
            case ARRAY -> "[" + heap.payloadWords(addr) + " words]";
            case CLOSURE -> "func " + program.functionName(heap.meta(addr));
            default -> typeName(addr);
        };
    }

    String stringText(long addr) {
        long len = heap.load(addr, 0);
        int n = (int) Math.max(0, Math.min(len, (heap.payloadWords(addr) - 1) * 8L));
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) heap.loadBits(addr, 8 + i, 1);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String quoted(String s) {
        String t = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** The Go type name of the object's contents as far as the header tells it. */
    String typeName(long addr) {
        ObjectKind kind = heap.kind(addr);
        int meta = heap.meta(addr);
        return switch (kind) {
            case STRING -> "string";
            case SLICE -> "[]" + type(meta);
            case ARRAY -> "[" + arrayLength(addr, meta) + "]" + type(meta);
            case CLOSURE -> "func " + program.functionName(meta);
            case ENUM -> enumName(meta);
            case BOX -> meta >= 0 && meta < program.types().size() && program.type(meta).kind() == gcscope.vm.bytecode.TypeKind.STRUCT
                    ? type(meta) : "box " + type(meta);
            default -> type(meta);
        };
    }

    private long arrayLength(long addr, int meta) {
        int per = meta >= 0 && meta < program.types().size() ? Math.max(1, program.type(meta).slotCount()) : 1;
        return heap.payloadWords(addr) / per;
    }

    String type(int id) {
        return id >= 0 && id < program.types().size() ? program.type(id).name() : "meta#" + id;
    }

    private String enumName(int unionLayout) {
        for (TypeInfo t : program.types()) if (t.unionLayoutId() == unionLayout && unionLayout >= 0) return t.name();
        return "enum layout #" + unionLayout;
    }
}
