package gcscope.vm.bytecode;

import static gcscope.vm.bytecode.Operand.*;

/**
 * The instruction set, each opcode defined once with its metadata (Wren style): the kind it writes to
 * its destination, the role of each operand {@code a b c d}, and whether it allocates or emits a write
 * barrier. The disassembler, the interpreter and the static verifier all derive from this table.
 * Exact semantics are in vm/ISA.md. Encoding: {@link Instruction}.
 */
public enum Opcode {
    // ---- moves and constants
    NOP(WriteKind.NONE, NONE, NONE, NONE, NONE, 0),
    /** dst[0..d) = src[0..d). */
    MOVE(WriteKind.COPY, DST, SLOT, NONE, COUNT, 0),
    /** dst = b (sign-extended 32-bit immediate). */
    LOAD_INT(WriteKind.VALUE, DST, IMM, NONE, NONE, 0),
    /** dst = constants[b]. */
    LOAD_CONST(WriteKind.VALUE, DST, CONST, NONE, NONE, 0),
    /** dst = constants[b] (double bits). */
    LOAD_FLOAT(WriteKind.FLOAT, DST, FCONST, NONE, NONE, 0),
    /** dst = nil (a GCREF-kind write of 0). */
    LOAD_NIL(WriteKind.GCREF, DST, NONE, NONE, NONE, 0),
    /** dst, dst+1 = nil interface. */
    LOAD_NIL_IFACE(WriteKind.INTERFACE, DST, NONE, NONE, NONE, 0),
    /** Zero the slots of shape d starting at dst (each slot written with its shape kind). */
    ZERO(WriteKind.SHAPE, DST, NONE, NONE, SHAPE, 0),
    /** dst = the string constant strings[b] (a STRING object, allocated once per program run, then a root). */
    LOAD_STR(WriteKind.GCREF, DST, STR, NONE, NONE, Opcode.ALLOC),
    /** dst = a func value for function b (a CLOSURE with no captures, allocated once per run, then a root). */
    LOAD_FUNC(WriteKind.GCREF, DST, FUNC, NONE, NONE, Opcode.ALLOC),
    /** dst[0..d) = globals[b..b+d). */
    LOAD_GLOBAL(WriteKind.GLOBAL, DST, GLOBAL, NONE, COUNT, 0),
    /** globals[a..a+d) = b[0..d). Globals are roots: no barrier. */
    STORE_GLOBAL(WriteKind.NONE, GLOBAL, SLOT, NONE, COUNT, 0),

    // ---- integer arithmetic on 64-bit slots (narrow widths wrap with WRAP afterwards)
    ADD(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    SUB(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    MUL(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    /** Signed division; panics "integer divide by zero"; MinInt64 / -1 = MinInt64. */
    DIV(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    DIVU(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    REM(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    REMU(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    AND(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    OR(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    XOR(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    ANDNOT(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    /** dst = b << c (count >= 64 gives 0); d = 1 when the count's type is signed (negative panics). */
    SHL(WriteKind.VALUE, DST, SLOT, SLOT, FLAGS, 0),
    /** Arithmetic shift right (count >= 64 gives 0 or -1). */
    SHR(WriteKind.VALUE, DST, SLOT, SLOT, FLAGS, 0),
    /** Logical shift right (count >= 64 gives 0). */
    SHRU(WriteKind.VALUE, DST, SLOT, SLOT, FLAGS, 0),
    /** dst = b + c (immediate). */
    ADD_IMM(WriteKind.VALUE, DST, SLOT, IMM, NONE, 0),
    NEG(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),
    /** Bitwise complement. */
    NOT(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),
    /** Logical not of a bool (0/1). */
    LNOT(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),
    /** dst = wrap(b) to width d (truncate, then sign- or zero-extend). */
    WRAP(WriteKind.VALUE, DST, SLOT, NONE, WIDTH, 0),
    EQ(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    NE(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    LT(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    LE(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    GT(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    GE(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    LTU(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    LEU(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    GTU(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    GEU(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),

    // ---- floating point (slots hold float64 bits; float32 values are rounded with F32ROUND)
    FADD(WriteKind.FLOAT, DST, SLOT, SLOT, NONE, 0),
    FSUB(WriteKind.FLOAT, DST, SLOT, SLOT, NONE, 0),
    FMUL(WriteKind.FLOAT, DST, SLOT, SLOT, NONE, 0),
    FDIV(WriteKind.FLOAT, DST, SLOT, SLOT, NONE, 0),
    FNEG(WriteKind.FLOAT, DST, SLOT, NONE, NONE, 0),
    F32ROUND(WriteKind.FLOAT, DST, SLOT, NONE, NONE, 0),
    FEQ(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    FNE(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    FLT(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    FLE(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    FGT(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    FGE(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    /** Signed integer to float64. */
    I2F(WriteKind.FLOAT, DST, SLOT, NONE, NONE, 0),
    /** Unsigned (uint64 bits) to float64. */
    U2F(WriteKind.FLOAT, DST, SLOT, NONE, NONE, 0),
    /** Float64 to int64, truncating toward zero. */
    F2I(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),
    /** Float64 to uint64, truncating toward zero. */
    F2U(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),

    // ---- control flow
    JMP(WriteKind.NONE, JUMP, NONE, NONE, NONE, Opcode.BRANCH),
    JMP_IF(WriteKind.NONE, SLOT, JUMP, NONE, NONE, Opcode.BRANCH),
    JMP_IFNOT(WriteKind.NONE, SLOT, JUMP, NONE, NONE, Opcode.BRANCH),
    /** Fused signed compare and jump: if a OP b goto c. */
    JMP_EQ(WriteKind.NONE, SLOT, SLOT, JUMP, NONE, Opcode.BRANCH),
    JMP_NE(WriteKind.NONE, SLOT, SLOT, JUMP, NONE, Opcode.BRANCH),
    JMP_LT(WriteKind.NONE, SLOT, SLOT, JUMP, NONE, Opcode.BRANCH),
    JMP_LE(WriteKind.NONE, SLOT, SLOT, JUMP, NONE, Opcode.BRANCH),
    JMP_GT(WriteKind.NONE, SLOT, SLOT, JUMP, NONE, Opcode.BRANCH),
    JMP_GE(WriteKind.NONE, SLOT, SLOT, JUMP, NONE, Opcode.BRANCH),

    // ---- calls (see ISA.md "Calling convention")
    /** Call function a; arguments from slots b..; results written at c.. when it returns. */
    CALL(WriteKind.CALL_RESULTS, FUNC, SLOT, DST, NONE, Opcode.CALLS),
    /** Call the func value in slot a (nil panics); arguments b..; results c... */
    CALL_CLOSURE(WriteKind.CALL_RESULTS, SLOT, SLOT, DST, RESULTS, Opcode.CALLS),
    /** Call method named strings[d] on the interface in slots a,a+1; other arguments b..; results c... */
    CALL_IFACE(WriteKind.CALL_RESULTS, SLOT, SLOT, DST, STR, Opcode.CALLS),
    /** Call VM-implemented function d (a {@link Native}); arguments b..; results c... */
    NATIVE(WriteKind.CALL_RESULTS, NONE, SLOT, DST, Operand.NATIVE, Opcode.CALLS),
    /** Run this frame's pending defers, then return slots a..a+b to the caller's retReg. */
    RETURN(WriteKind.NONE, SLOT, COUNT, NONE, NONE, 0),
    /** Push a deferred call of function a with arguments copied now from slots b... */
    DEFER(WriteKind.NONE, FUNC, SLOT, NONE, NONE, 0),
    /** Push a deferred call of the func value in slot a with arguments copied now from slots b... */
    DEFER_CLOSURE(WriteKind.NONE, SLOT, SLOT, NONE, NONE, 0),
    /** Start a goroutine running function a with arguments copied from slots b... */
    GO(WriteKind.NONE, FUNC, SLOT, NONE, NONE, 0),
    /** Start a goroutine running the func value in slot a with arguments copied from slots b... */
    GO_CLOSURE(WriteKind.NONE, SLOT, SLOT, NONE, NONE, 0),
    /** panic(a, a+1): the operand is an interface value. */
    PANIC(WriteKind.NONE, SLOT, NONE, NONE, NONE, 0),
    /** dst, dst+1 = recover(). */
    RECOVER(WriteKind.INTERFACE, DST, NONE, NONE, NONE, 0),

    // ---- closures
    /** dst = new CLOSURE of function b capturing slots c..c+d (every capture is a GCREF: a BOX pointer or boxed receiver). */
    MAKE_CLOSURE(WriteKind.GCREF, DST, FUNC, SLOT, COUNT, Opcode.ALLOC | Opcode.BARRIER),
    /** dst[0..d) = captures[b..b+d) of the running closure. */
    LOAD_CAPTURE(WriteKind.CAPTURE, DST, IMM, NONE, COUNT, 0),

    // ---- pointers, boxes, flattened arrays
    /** dst = pointer to a new zeroed value of type b (address of its first payload word). */
    NEW(WriteKind.GCREF, DST, TYPE, NONE, NONE, Opcode.ALLOC),
    /** dst[0..len(shape d)) = words at pointer b + 8*c (nil panics). */
    LOAD_PTR(WriteKind.SHAPE, DST, SLOT, IMM, SHAPE, 0),
    /** words at pointer a + 8*b = slots c.. (shape d). No barrier. */
    STORE_PTR(WriteKind.NONE, SLOT, IMM, SLOT, SHAPE, 0),
    /** As STORE_PTR, with the write barrier for every reference word of shape d. */
    STORE_PTR_B(WriteKind.NONE, SLOT, IMM, SLOT, SHAPE, Opcode.BARRIER),
    /** dst = pointer b + c bytes (interior pointer; nil panics). */
    ADD_PTR(WriteKind.GCREF, DST, SLOT, IMM, NONE, 0),
    /** dst = pointer b + slot c * d * 8 (element of a flattened array; no bounds check). */
    PTR_INDEX(WriteKind.GCREF, DST, SLOT, SLOT, COUNT, 0),
    /** Panic nil dereference when slot a is nil. */
    NIL_CHECK(WriteKind.NONE, SLOT, NONE, NONE, NONE, 0),
    /** Panic index out of range unless 0 <= slot a < b. */
    BOUNDS(WriteKind.NONE, SLOT, IMM, NONE, NONE, 0),
    /** dst[..] = slots (b + slot c * len(shape d)).. : element of an array flattened on the stack. */
    LOAD_SLOT_IDX(WriteKind.SHAPE, DST, SLOT, SLOT, SHAPE, 0),
    /** slots (a + slot b * len(shape d)).. = slots c..: element store into an array flattened on the stack. */
    STORE_SLOT_IDX(WriteKind.SHAPE, DST, SLOT, SLOT, SHAPE, 0),

    // ---- slices
    /** dst = make([]T, len b, cap c (-1: = len)), T = type d. */
    MAKE_SLICE(WriteKind.GCREF, DST, SLOT, SLOT, TYPE, Opcode.ALLOC),
    /** dst[..] = slice b [slot c] (shape d = element shape); bounds checked. */
    LOAD_IDX(WriteKind.SHAPE, DST, SLOT, SLOT, SHAPE, 0),
    /** slice a [slot b] = slots c.. (shape d). */
    STORE_IDX(WriteKind.NONE, SLOT, SLOT, SLOT, SHAPE, 0),
    /** As STORE_IDX with the write barrier. */
    STORE_IDX_B(WriteKind.NONE, SLOT, SLOT, SLOT, SHAPE, Opcode.BARRIER),
    /** dst = &slice b [slot c] (interior pointer), element words d. */
    ADDR_IDX(WriteKind.GCREF, DST, SLOT, SLOT, COUNT, 0),
    /** dst = slice b [lo:hi:max] from slots c, c+1, c+2; d = element words, or -(words + 1) for a three-index expression. */
    SLICE(WriteKind.GCREF, DST, SLOT, SLOT, IMM, Opcode.ALLOC),
    /** dst = (*array at pointer b)[lo:hi:max] from slots c..c+2; array type d. */
    SLICE_ARRAY(WriteKind.GCREF, DST, SLOT, SLOT, TYPE, Opcode.ALLOC),
    /** dst = len(b); d: 0 string, 1 slice, 2 map, 3 chan. nil gives 0. */
    LEN(WriteKind.VALUE, DST, SLOT, NONE, FLAGS, 0),
    /** dst = cap(b); d: 1 slice, 3 chan. */
    CAP(WriteKind.VALUE, DST, SLOT, NONE, FLAGS, 0),
    /** dst = append(slice b, element at slots c..), element type d. */
    APPEND(WriteKind.GCREF, DST, SLOT, SLOT, TYPE, Opcode.ALLOC | Opcode.BARRIER),
    /** dst = append(slice b, slice c...), element type d. */
    APPEND_SLICE(WriteKind.GCREF, DST, SLOT, SLOT, TYPE, Opcode.ALLOC | Opcode.BARRIER),
    /** dst = append([]byte b, string c...). */
    APPEND_STR(WriteKind.GCREF, DST, SLOT, SLOT, NONE, Opcode.ALLOC),
    /** dst = copy(slice b, slice c), element type d. */
    COPY(WriteKind.VALUE, DST, SLOT, SLOT, TYPE, Opcode.BARRIER),
    /** dst = copy([]byte b, string c). */
    COPY_STR(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    /** clear(slice a): zero every element, element type d. */
    SLICE_CLEAR(WriteKind.NONE, SLOT, NONE, NONE, TYPE, 0),

    // ---- strings (byte-indexed UTF-8; nil = "")
    STR_CONCAT(WriteKind.GCREF, DST, SLOT, SLOT, NONE, Opcode.ALLOC),
    /** dst = b CMP c (bytewise), compare d. */
    STR_CMP(WriteKind.VALUE, DST, SLOT, SLOT, CMP, 0),
    /** dst = b[c] (a byte). */
    STR_INDEX(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    /** dst = b[lo:hi] from slots c, c+1. */
    STR_SLICE(WriteKind.GCREF, DST, SLOT, SLOT, NONE, Opcode.ALLOC),
    /** string([]byte b). */
    STR_FROM_BYTES(WriteKind.GCREF, DST, SLOT, NONE, NONE, Opcode.ALLOC),
    /** []byte(string b). */
    STR_TO_BYTES(WriteKind.GCREF, DST, SLOT, NONE, NONE, Opcode.ALLOC),
    /** string([]rune b). */
    STR_FROM_RUNES(WriteKind.GCREF, DST, SLOT, NONE, NONE, Opcode.ALLOC),
    /** []rune(string b). */
    STR_TO_RUNES(WriteKind.GCREF, DST, SLOT, NONE, NONE, Opcode.ALLOC),
    /** string(rune b) (invalid code points give U+FFFD). */
    STR_FROM_RUNE(WriteKind.GCREF, DST, SLOT, NONE, NONE, Opcode.ALLOC),
    /** dst = rune decoded at string b byte index c, dst+1 = its width in bytes (for range). */
    STR_NEXT_RUNE(WriteKind.VALUE2, DST, SLOT, SLOT, NONE, 0),

    // ---- maps
    /** dst = make(map type d, hint b (-1: none)). */
    MAKE_MAP(WriteKind.GCREF, DST, SLOT, NONE, TYPE, Opcode.ALLOC),
    /** dst[..] = map b [key at slots c..] (zero value when absent), value shape d. */
    MAP_GET(WriteKind.SHAPE, DST, SLOT, SLOT, SHAPE, 0),
    /** As MAP_GET plus a VALUE ok slot after the value; shape d includes it. */
    MAP_GET_OK(WriteKind.SHAPE, DST, SLOT, SLOT, SHAPE, 0),
    /** map a [key at slots b..] = slots c..; nil map panics. */
    MAP_SET(WriteKind.NONE, SLOT, SLOT, SLOT, NONE, Opcode.ALLOC | Opcode.BARRIER),
    /** delete(map a, key at slots b..). */
    MAP_DELETE(WriteKind.NONE, SLOT, SLOT, NONE, NONE, 0),
    /** clear(map a). */
    MAP_CLEAR(WriteKind.NONE, SLOT, NONE, NONE, NONE, 0),
    /**
     * Range step: iterator position in VALUE slot c (start 0, updated in place); writes dst = ok (VALUE),
     * then the key and value slots; shape d = [VALUE, key..., value...]. Allocates the map's order index
     * the first time the map is ranged over.
     */
    MAP_NEXT(WriteKind.SHAPE, DST, SLOT, SLOT, SHAPE, Opcode.ALLOC | Opcode.BARRIER),

    // ---- channels
    /** dst = make(chan type d, cap b (-1: unbuffered)). */
    MAKE_CHAN(WriteKind.GCREF, DST, SLOT, NONE, TYPE, Opcode.ALLOC),
    /** chan a <- slots b.. (may block). */
    SEND(WriteKind.NONE, SLOT, SLOT, NONE, NONE, Opcode.BARRIER),
    /** dst[..] = <-chan b (may block); c = 1: a VALUE ok slot follows the element; shape d covers all. */
    RECV(WriteKind.SHAPE, DST, SLOT, FLAGS, SHAPE, 0),
    /** close(chan a). */
    CLOSE(WriteKind.NONE, SLOT, NONE, NONE, NONE, 0),

    // ---- interfaces
    /** dst, dst+1 = interface holding the value of type c at slots b.. (structs/arrays boxed). */
    IFACE_BOX(WriteKind.INTERFACE, DST, SLOT, TYPE, NONE, Opcode.ALLOC),
    /**
     * dst[..] = b.(T) for concrete type c; panics on mismatch, naming d: the static type of b (an interface
     * type id, for Go's message "interface conversion: main.Shape is main.Circle, not main.Square").
     */
    IFACE_ASSERT(WriteKind.TYPE, DST, SLOT, TYPE, TYPE, 0),
    /** v, ok := b.(T) for concrete type c; shape d = T's shape + VALUE. */
    IFACE_ASSERT_OK(WriteKind.SHAPE, DST, SLOT, TYPE, SHAPE, 0),
    /** dst, dst+1 = b.(I) for interface type c; panics on failure. */
    IFACE_CONV(WriteKind.INTERFACE, DST, SLOT, TYPE, NONE, 0),
    /** v, ok := b.(I) for interface type c; shape d = [INTERFACE0, INTERFACE1, VALUE]. */
    IFACE_CONV_OK(WriteKind.SHAPE, DST, SLOT, TYPE, SHAPE, 0),
    /** dst = dynamic type id of interface b (0 for nil). */
    IFACE_TYPE(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),
    /** dst = 1 when interface b is non-nil and its dynamic type implements interface type c. */
    IFACE_IMPLEMENTS(WriteKind.VALUE, DST, SLOT, TYPE, NONE, 0),
    /** dst = (interface b == interface c); panics on uncomparable dynamic types. */
    IFACE_EQ(WriteKind.VALUE, DST, SLOT, SLOT, NONE, 0),
    /** dst = (value b == value c) for comparable type d (structs, arrays, strings, enums...). */
    VALUE_EQ(WriteKind.VALUE, DST, SLOT, SLOT, TYPE, 0),

    // ---- enums (tagged unions; payload written byte-wise through layouts)
    /**
     * dst = new ENUM, variant b, header union layout c; discriminant written; d = the union layout the
     * payload is actually written with (the sanitizer's layout witness; equals c unless --tag-layout actual).
     */
    ENUM_NEW(WriteKind.GCREF, DST, IMM, LAYOUT, LAYOUT, Opcode.ALLOC),
    /** payload of enum a at byte offset b = slot c (or pair), field kind d. */
    ENUM_PUT(WriteKind.NONE, SLOT, IMM, SLOT, FIELD_KIND, 0),
    /** As ENUM_PUT with the write barrier (REF and IFACE fields). */
    ENUM_PUT_B(WriteKind.NONE, SLOT, IMM, SLOT, FIELD_KIND, Opcode.BARRIER),
    /** dst = field of kind d at byte offset c of enum b's payload (nil enum reads zero). */
    ENUM_GET(WriteKind.FIELD_KIND, DST, SLOT, IMM, FIELD_KIND, 0),
    /** dst = variant index of enum b (nil is variant 0). */
    ENUM_TAG(WriteKind.VALUE, DST, SLOT, NONE, NONE, 0),

    // ---- superinstructions (see ISA.md "Superinstructions")
    /** Fused signed compare with an immediate and jump: if slot a OP immediate b goto c. */
    JMP_EQ_IMM(WriteKind.NONE, SLOT, IMM, JUMP, NONE, Opcode.BRANCH),
    JMP_NE_IMM(WriteKind.NONE, SLOT, IMM, JUMP, NONE, Opcode.BRANCH),
    JMP_LT_IMM(WriteKind.NONE, SLOT, IMM, JUMP, NONE, Opcode.BRANCH),
    JMP_LE_IMM(WriteKind.NONE, SLOT, IMM, JUMP, NONE, Opcode.BRANCH),
    JMP_GT_IMM(WriteKind.NONE, SLOT, IMM, JUMP, NONE, Opcode.BRANCH),
    JMP_GE_IMM(WriteKind.NONE, SLOT, IMM, JUMP, NONE, Opcode.BRANCH);

    /** Flag: the instruction may allocate (the collector may be in debt afterwards). */
    public static final int ALLOC = 1;
    /** Flag: the instruction stores references into heap objects and emits the write barrier. */
    public static final int BARRIER = 2;
    /** Flag: the instruction may transfer control to another pc. */
    public static final int BRANCH = 4;
    /** Flag: the instruction calls a function. */
    public static final int CALLS = 8;

    private static final Opcode[] VALUES = values();

    private final WriteKind writes;
    private final Operand a, b, c, d;
    private final int flags;

    Opcode(WriteKind writes, Operand a, Operand b, Operand c, Operand d, int flags) {
        this.writes = writes;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.flags = flags;
    }

    public static Opcode of(int code) { return VALUES[code]; }

    public static int count() { return VALUES.length; }

    public WriteKind writes() { return writes; }

    public Operand a() { return a; }

    public Operand b() { return b; }

    public Operand c() { return c; }

    public Operand d() { return d; }

    /** Operand role by position 0..3 (a, b, c, d). */
    public Operand operand(int i) {
        return switch (i) {
            case 0 -> a;
            case 1 -> b;
            case 2 -> c;
            case 3 -> d;
            default -> throw new IllegalArgumentException("operand index " + i);
        };
    }

    /** Index (0..3) of the DST operand, or -1. */
    public int dstOperand() {
        for (int i = 0; i < 4; i++) if (operand(i) == DST) return i;
        return -1;
    }

    public boolean allocates() { return (flags & ALLOC) != 0; }

    public boolean barrier() { return (flags & BARRIER) != 0; }

    public boolean branches() { return (flags & BRANCH) != 0; }

    public boolean calls() { return (flags & CALLS) != 0; }

    /** Lower-case mnemonic for disassembly. */
    public String mnemonic() { return name().toLowerCase(java.util.Locale.ROOT); }
}
