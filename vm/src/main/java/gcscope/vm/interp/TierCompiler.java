package gcscope.vm.interp;

import gcscope.vm.bytecode.Instruction;
import gcscope.vm.bytecode.Opcode;
import gcscope.vm.bytecode.SlotType;
import gcscope.vm.bytecode.WriteKind;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Translates a program's functions into one JVM class: a static method per function whose body is its
 * instructions in order, with the operands as constants, jumps as JVM branches and calls as JVM calls
 * (a template compiler: no optimisation of its own, the JIT does that). Instructions that are more than
 * arithmetic call {@link TierRuntime}; instructions the interpreter implements in {@link Ops} go through
 * {@link TierRuntime#generic}. See {@link CompiledTier} for the invariants the generated code keeps.
 */
final class TierCompiler {
    static final String CLASS = "gcscope/vm/interp/TierCodeImpl";
    private static final String RT = "gcscope/vm/interp/TierRuntime";
    private static final String MACHINE = "gcscope/vm/interp/Machine";
    private static final String FIBER = "gcscope/vm/interp/Fiber";
    private static final SlotType[] KINDS = SlotType.values();
    private static final String FN_DESC = "(L" + MACHINE + ";L" + FIBER + ";I)V";
    /** HotSpot does not JIT-compile a method of more than 8000 bytes of bytecode; stay clear of that. */
    static final int MAX_BYTECODE = 7900;
    // locals of a generated function
    private static final int M = 0, F = 1, ENTRY = 2, ST = 3, BP = 4, T = 5, CUR = 6, BAIL_PC = 7, NEXT_STEPS = 8;

    /** The class file and, per function, the pcs it can be entered at (null: not compiled). */
    record Output(byte[] classFile, boolean[][] entries) {
    }

    private final Machine m;
    /** Checked code runs the interpreter's per-instruction hook ({@link Machine#afterInstruction}) after every instruction. */
    private final boolean checked;

    TierCompiler(Machine m) {
        this.m = m;
        this.checked = m.slow;
    }

    /** Compiles every function that fits; functions too large for the JIT stay interpreted. */
    Output compile() {
        int nf = m.codes.length;
        boolean[] include = new boolean[nf];
        for (int i = 0; i < nf; i++) include[i] = m.codes[i].length / Instruction.WIDTH < 0x8000;
        while (true) {
            boolean[][] entries = new boolean[nf][];
            int[] sizes = new int[nf];
            byte[] bytes;
            try {
                bytes = generate(include, entries, sizes);
            } catch (MethodTooLargeException e) {
                // past the JVM's 64 KiB per method (checked code is several times larger than plain code)
                int fn = e.getMethodName().startsWith("f") ? Integer.parseInt(e.getMethodName().substring(1)) : -1;
                if (fn < 0 || !include[fn]) throw e;
                include[fn] = false;
                continue;
            }
            boolean shrunk = false;
            for (int i = 0; i < nf; i++) {
                if (include[i] && sizes[i] > MAX_BYTECODE) {
                    include[i] = false;
                    shrunk = true;
                }
            }
            if (!shrunk) return new Output(bytes, entries);
        }
    }

    private byte[] generate(boolean[] include, boolean[][] entries, int[] sizes) {
        ClassWriter cw = newClass();
        emitDispatch(cw, include);
        for (int i = 0; i < include.length; i++) {
            if (!include[i]) continue;
            FunctionEmitter fe = new FunctionEmitter(cw, i, include);
            entries[i] = fe.emit();
            sizes[i] = fe.size;
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A class writer for the tier's class, with its header and constructor written. */
    private static ClassWriter newClass() {
        ClassWriter cw = new FrameWriter();
        cw.visit(V17, ACC_FINAL | ACC_SUPER, CLASS, null, "java/lang/Object", new String[]{"gcscope/vm/interp/TierCode"});
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        return cw;
    }

    /** Computes stack map frames; frames never merge two different reference types in generated code. */
    private static final class FrameWriter extends ClassWriter {
        FrameWriter() {
            super(ClassWriter.COMPUTE_FRAMES);
        }

        @Override
        protected String getCommonSuperClass(String a, String b) {
            return "java/lang/Object";
        }
    }

    /**
     * Generates and loads a class of the tier's shape with no functions, and drops it: this loads and links what
     * generating a program's tier needs (ASM's writer and frame computation, the hidden-class lookup). ASM's class
     * files predate Java 6, so the launcher's class-data archive cannot hold them and every start reads and verifies
     * them; a run that calls this on another thread while its source compiles finds them ready.
     */
    static void preload() {
        ClassWriter cw = newClass();
        emitDispatch(cw, new boolean[0]);
        cw.visitEnd();
        TierLoader.load(cw.toByteArray(), new String[1]);
    }

    /** {@code run(m, f, fn, pc)}: a table switch over the function ids. */
    private static void emitDispatch(ClassWriter cw, boolean[] include) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + MACHINE + ";L" + FIBER + ";II)V", null, null);
        mv.visitCode();
        int nf = include.length;
        Label bad = new Label();
        Label[] cases = new Label[Math.max(nf, 1)];
        for (int i = 0; i < cases.length; i++) cases[i] = include.length > i && include[i] ? new Label() : bad;
        mv.visitVarInsn(ILOAD, 3);
        mv.visitTableSwitchInsn(0, cases.length - 1, bad, cases);
        for (int i = 0; i < nf; i++) {
            if (!include[i]) continue;
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitVarInsn(ALOAD, 2);
            mv.visitVarInsn(ILOAD, 4);
            mv.visitMethodInsn(INVOKESTATIC, CLASS, "f" + i, FN_DESC, false);
            mv.visitInsn(RETURN);
        }
        mv.visitLabel(bad);
        throwIllegalState(mv, "function not compiled");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void throwIllegalState(MethodVisitor mv, String message) {
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitLdcInsn(message);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitInsn(ATHROW);
    }

    /** Instructions compiled inline or through a {@link TierRuntime} helper; all others go through {@link TierRuntime#generic}. */
    private static boolean isNative(Opcode op) {
        return switch (op) {
            case NOP, MOVE, LOAD_INT, LOAD_CONST, LOAD_FLOAT, LOAD_NIL, LOAD_NIL_IFACE, ZERO, LOAD_GLOBAL, STORE_GLOBAL,
                    ADD, SUB, MUL, DIV, DIVU, REM, REMU, AND, OR, XOR, ANDNOT, SHL, SHR, SHRU, ADD_IMM, NEG, NOT, LNOT, WRAP,
                    EQ, NE, LT, LE, GT, GE, LTU, LEU, GTU, GEU, FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, I2F,
                    JMP, JMP_IF, JMP_IFNOT, JMP_EQ, JMP_NE, JMP_LT, JMP_LE, JMP_GT, JMP_GE,
                    JMP_EQ_IMM, JMP_NE_IMM, JMP_LT_IMM, JMP_LE_IMM, JMP_GT_IMM, JMP_GE_IMM,
                    CALL, RETURN, LOAD_CAPTURE, NEW, LOAD_PTR, STORE_PTR, STORE_PTR_B, ADD_PTR, NIL_CHECK, BOUNDS,
                    LOAD_IDX, STORE_IDX, STORE_IDX_B, ADDR_IDX, LEN, MAP_GET, MAP_GET_OK, MAP_SET -> true;
            default -> false;
        };
    }

    /** Instructions after which a new step-counting segment starts (they jump, call out, or observe the step count). */
    private boolean endsSegment(Opcode op) {
        return checked || op.branches() || op == Opcode.CALL || op == Opcode.RETURN || op.allocates() || !isNative(op);
    }

    /** Jump target of a branch instruction. */
    private static int target(Opcode op, int a, int b, int c) {
        return switch (op) {
            case JMP -> a;
            case JMP_IF, JMP_IFNOT -> b;
            default -> c;
        };
    }

    /** Emits one function. */
    private final class FunctionEmitter {
        private final MethodVisitor mv;
        private final int fn;
        private final int[] code;
        private final int n;
        private final boolean[] include;
        private final Label[] labels;
        private final Label overLimit = new Label();
        int size;

        FunctionEmitter(ClassWriter cw, int fn, boolean[] include) {
            this.mv = cw.visitMethod(ACC_STATIC, "f" + fn, FN_DESC, null, null);
            this.fn = fn;
            this.code = m.codes[fn];
            this.n = code.length / Instruction.WIDTH;
            this.include = include;
            this.labels = new Label[n + 1];
            for (int i = 0; i <= n; i++) labels[i] = new Label();
        }

        private Opcode op(int pc) {
            return Opcode.of(code[pc * Instruction.WIDTH] & 0xFF);
        }

        boolean[] emit() {
            boolean[] target = new boolean[n + 1];
            boolean[] entry = new boolean[n];
            if (n > 0) entry[0] = true;
            for (int pc = 0; pc < n; pc++) {
                int at = pc * Instruction.WIDTH;
                Opcode op = op(pc);
                if (op.branches()) {
                    int tg = target(op, code[at + 1], code[at + 2], code[at + 3]);
                    if (tg >= 0 && tg <= n) target[tg] = true;
                }
                if (pc + 1 < n && (op == Opcode.CALL || !isNative(op))) entry[pc + 1] = true;
            }
            // segments: maximal runs counted by one add to the step counter
            boolean[] start = new boolean[n];
            for (int pc = 0; pc < n; pc++) {
                start[pc] = pc == 0 || target[pc] || entry[pc] || endsSegment(op(pc - 1));
            }
            int[] segEnd = new int[n];
            for (int pc = n - 1; pc >= 0; pc--) {
                boolean last = pc == n - 1 || start[pc + 1];
                segEnd[pc] = last ? pc + 1 : segEnd[pc + 1];
            }

            mv.visitCode();
            Label tryStart = new Label(), tryEnd = new Label(), onBailout = new Label(), onError = new Label();
            mv.visitTryCatchBlock(tryStart, tryEnd, onBailout, "gcscope/vm/interp/TierBailout");
            mv.visitTryCatchBlock(tryStart, tryEnd, onError, "java/lang/RuntimeException");
            Label codeStart = new Label();
            mv.visitLabel(codeStart);
            // cur = 0; t = f.depth - 1; bp = f.fBp[t]; st = f.stack
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, CUR);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, BAIL_PC);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FIBER, "depth", "I");
            mv.visitInsn(ICONST_1);
            mv.visitInsn(ISUB);
            mv.visitVarInsn(ISTORE, T);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FIBER, "fBp", "[I");
            mv.visitVarInsn(ILOAD, T);
            mv.visitInsn(IALOAD);
            mv.visitVarInsn(ISTORE, BP);
            reloadStack();
            mv.visitLabel(tryStart);
            int entries = 0;
            for (boolean e : entry) if (e) entries++;
            int[] keys = new int[entries];
            Label[] dest = new Label[entries];
            for (int pc = 0, k = 0; pc < n; pc++) {
                if (entry[pc]) {
                    keys[k] = pc;
                    dest[k++] = labels[pc];
                }
            }
            Label badEntry = new Label();
            mv.visitVarInsn(ILOAD, ENTRY);
            mv.visitLookupSwitchInsn(badEntry, keys, dest);
            for (int pc = 0; pc < n; pc++) {
                mv.visitLabel(labels[pc]);
                if (start[pc]) countSteps(pc, segEnd[pc] - pc);
                emitInstruction(pc, segEnd[pc] - 1 - pc);
            }
            mv.visitLabel(labels[n]);
            throwIllegalState(mv, "fell off the end of a function");
            mv.visitLabel(badEntry);
            throwIllegalState(mv, "not an entry point");
            mv.visitLabel(overLimit);
            mv.visitVarInsn(ALOAD, M);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, T);
            mv.visitVarInsn(ILOAD, BAIL_PC);
            push(0);
            rt("bail", "(L" + MACHINE + ";L" + FIBER + ";III)Lgcscope/vm/interp/TierBailout;");
            mv.visitInsn(ATHROW);
            mv.visitLabel(tryEnd);
            mv.visitLabel(onBailout);
            mv.visitInsn(ATHROW);
            mv.visitLabel(onError);
            mv.visitVarInsn(ALOAD, M);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, T);
            mv.visitVarInsn(ILOAD, CUR);
            mv.visitMethodInsn(INVOKESTATIC, RT, "unwind", "(L" + MACHINE + ";L" + FIBER + ";II)V", false);
            mv.visitInsn(ATHROW);
            Label codeEnd = new Label();
            mv.visitLabel(codeEnd);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            size = codeEnd.getOffset();
            return entry;
        }

        // -------------------------------------------------------------- emit helpers

        private void push(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
            else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
            else mv.visitLdcInsn(v);
        }

        private void pushLong(long v) {
            if (v == 0) mv.visitInsn(LCONST_0);
            else if (v == 1) mv.visitInsn(LCONST_1);
            else mv.visitLdcInsn(v);
        }

        private void reloadStack() {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FIBER, "stack", "[J");
            mv.visitVarInsn(ASTORE, ST);
        }

        /**
         * Counts the {@code len} instructions of the segment starting at {@code pc}, or hands over to the
         * interpreter before it when they would pass {@link Machine#tierLimit} (the interpreter then stops exactly).
         */
        private void countSteps(int pc, int len) {
            mv.visitVarInsn(ALOAD, M);
            mv.visitFieldInsn(GETFIELD, MACHINE, "steps", "J");
            pushLong(len);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, NEXT_STEPS);
            mv.visitVarInsn(LLOAD, NEXT_STEPS);
            machineField("tierLimit", "J");
            mv.visitInsn(LCMP);
            Label within = new Label();
            mv.visitJumpInsn(IFLE, within);
            push(pc);
            mv.visitVarInsn(ISTORE, BAIL_PC);
            mv.visitJumpInsn(GOTO, overLimit);
            mv.visitLabel(within);
            mv.visitVarInsn(ALOAD, M);
            mv.visitVarInsn(LLOAD, NEXT_STEPS);
            mv.visitFieldInsn(PUTFIELD, MACHINE, "steps", "J");
        }

        /** Records where an exception from the next instruction comes from: its pc and the steps counted ahead of it. */
        private void setCur(int pc, int over) {
            push(pc | (over << 16));
            mv.visitVarInsn(ISTORE, CUR);
        }

        /** Pushes st, bp + k (an array element address). */
        private void slot(int k) {
            mv.visitVarInsn(ALOAD, ST);
            slotIndex(k);
        }

        private void slotIndex(int k) {
            mv.visitVarInsn(ILOAD, BP);
            if (k != 0) {
                push(k);
                mv.visitInsn(IADD);
            }
        }

        private void load(int k) {
            slot(k);
            mv.visitInsn(LALOAD);
        }

        private void rt(String name, String desc) {
            mv.visitMethodInsn(INVOKESTATIC, RT, name, desc, false);
        }

        private void binary(int a, int b, int c, int jvmOp) {
            slot(a);
            load(b);
            load(c);
            mv.visitInsn(jvmOp);
            mv.visitInsn(LASTORE);
        }

        private void binaryRt(int a, int b, int c, String helper) {
            slot(a);
            load(b);
            load(c);
            rt(helper, "(JJ)J");
            mv.visitInsn(LASTORE);
        }

        private void unaryRt(int a, int b, String helper) {
            slot(a);
            load(b);
            rt(helper, "(J)J");
            mv.visitInsn(LASTORE);
        }

        private void machineField(String name, String desc) {
            mv.visitVarInsn(ALOAD, M);
            mv.visitFieldInsn(GETFIELD, MACHINE, name, desc);
        }

        private void arraycopy() {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", false);
        }

        /**
         * Checked code: the interpreter's hook after the instruction at {@code pc}, continuing at {@code next},
         * specialised to the instruction: the shadow kinds it writes are stored as constants and check 1 is called
         * only where the declared slot type does not already accept the written kind (the interpreter calls it at
         * every write; it reports only those); then {@link TierRuntime#after} for violations and safepoints.
         */
        private void hook(int pc, int next) {
            if (!checked) return;
            int at = pc * Instruction.WIDTH;
            int w = code[at], a = code[at + 1], b = code[at + 2], c = code[at + 3];
            Opcode op = Opcode.of(w & 0xFF);
            SlotType[] declared = m.slotTypes[fn];
            if (op.writes() == WriteKind.COPY) {
                int d = w >> 8;
                shadow();
                slotIndex(b);
                shadow();
                slotIndex(a);
                push(d);
                arraycopy();
                for (int k = 0; k < d; k++) checkCopied(declared, a + k, pc);
            } else {
                int[] writes = m.ops.staticWrites(op, w, a, b, c);
                for (int k = 0; k < writes.length; k += 2) {
                    int slot = writes[k], kind = writes[k + 1];
                    shadow();
                    slotIndex(slot);
                    push(kind);
                    mv.visitInsn(BASTORE);
                    if (slot < declared.length && !declared[slot].compatibleWith(KINDS[kind])) check(slot, pc);
                }
            }
            mv.visitVarInsn(ALOAD, M);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, T);
            push(next);
            rt("after", "(L" + MACHINE + ";L" + FIBER + ";II)V");
        }

        /** A copied shadow kind: check 1 only when it is one the slot's declared type does not accept. */
        private void checkCopied(SlotType[] declared, int slot, int pc) {
            if (slot >= declared.length) return;
            int accepted = 0;
            for (SlotType k : KINDS) if (declared[slot].compatibleWith(k)) accepted |= 1 << k.ordinal();
            Label ok = new Label();
            push(accepted);
            shadow();
            slotIndex(slot);
            mv.visitInsn(BALOAD);
            mv.visitInsn(ISHR);
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IAND);
            mv.visitJumpInsn(IFNE, ok);
            check(slot, pc);
            mv.visitLabel(ok);
        }

        private void check(int slot, int pc) {
            mv.visitVarInsn(ALOAD, M);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, T);
            push(slot);
            push(pc);
            rt("check", "(L" + MACHINE + ";L" + FIBER + ";III)V");
        }

        private void shadow() {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FIBER, "shadow", "[B");
        }

        /** A conditional branch to {@code target}; checked code runs the hook on both edges. */
        private void branch(int cond, int pc, int target) {
            if (!checked) {
                mv.visitJumpInsn(cond, labels[target]);
                return;
            }
            Label taken = new Label(), fall = new Label();
            mv.visitJumpInsn(cond, taken);
            hook(pc, pc + 1);
            mv.visitJumpInsn(GOTO, fall);
            mv.visitLabel(taken);
            hook(pc, target);
            mv.visitJumpInsn(GOTO, labels[target]);
            mv.visitLabel(fall);
        }

        private void bailBefore(int pc) {
            mv.visitVarInsn(ALOAD, M);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, T);
            push(pc);
            push(1);
            rt("bail", "(L" + MACHINE + ";L" + FIBER + ";III)Lgcscope/vm/interp/TierBailout;");
            mv.visitInsn(ATHROW);
        }

        // -------------------------------------------------------------- instructions

        private void emitInstruction(int pc, int over) {
            int at = pc * Instruction.WIDTH;
            int w = code[at], a = code[at + 1], b = code[at + 2], c = code[at + 3];
            int d = w >> 8;
            Opcode op = Opcode.of(w & 0xFF);
            String mf = "L" + MACHINE + ";";
            switch (op) {
                case NOP -> { }
                case MOVE -> {
                    if (d == 1) {
                        slot(a);
                        load(b);
                        mv.visitInsn(LASTORE);
                    } else {
                        slot(b);
                        slot(a);
                        push(d);
                        arraycopy();
                    }
                }
                case LOAD_INT -> {
                    slot(a);
                    pushLong(b);
                    mv.visitInsn(LASTORE);
                }
                case LOAD_CONST, LOAD_FLOAT -> {
                    slot(a);
                    machineField("constants", "[J");
                    push(b);
                    mv.visitInsn(LALOAD);
                    mv.visitInsn(LASTORE);
                }
                case LOAD_NIL -> {
                    slot(a);
                    mv.visitInsn(LCONST_0);
                    mv.visitInsn(LASTORE);
                }
                case LOAD_NIL_IFACE -> {
                    for (int k = 0; k < 2; k++) {
                        slot(a + k);
                        mv.visitInsn(LCONST_0);
                        mv.visitInsn(LASTORE);
                    }
                }
                case ZERO -> {
                    int len = m.shapeLen[d];
                    if (len <= 8) {
                        for (int k = 0; k < len; k++) {
                            slot(a + k);
                            mv.visitInsn(LCONST_0);
                            mv.visitInsn(LASTORE);
                        }
                    } else {
                        slot(a);
                        slotIndex(a + len);
                        mv.visitInsn(LCONST_0);
                        mv.visitMethodInsn(INVOKESTATIC, "java/util/Arrays", "fill", "([JIIJ)V", false);
                    }
                }
                case LOAD_GLOBAL -> {
                    machineField("globals", "[J");
                    push(b);
                    slot(a);
                    push(d);
                    arraycopy();
                }
                case STORE_GLOBAL -> {
                    slot(b);
                    machineField("globals", "[J");
                    push(a);
                    push(d);
                    arraycopy();
                }
                case ADD -> binary(a, b, c, LADD);
                case SUB -> binary(a, b, c, LSUB);
                case MUL -> binary(a, b, c, LMUL);
                case AND -> binary(a, b, c, LAND);
                case OR -> binary(a, b, c, LOR);
                case XOR -> binary(a, b, c, LXOR);
                case ANDNOT -> {
                    slot(a);
                    load(b);
                    load(c);
                    pushLong(-1L);
                    mv.visitInsn(LXOR);
                    mv.visitInsn(LAND);
                    mv.visitInsn(LASTORE);
                }
                case DIV, DIVU, REM, REMU -> {
                    setCur(pc, over);
                    binaryRt(a, b, c, op.mnemonic());
                }
                case SHL, SHR, SHRU -> {
                    setCur(pc, over); // a negative shift count panics
                    slot(a);
                    load(b);
                    load(c);
                    push(d);
                    mv.visitMethodInsn(INVOKESTATIC, "gcscope/vm/interp/Ops", op.mnemonic(), "(JJI)J", false);
                    mv.visitInsn(LASTORE);
                }
                case ADD_IMM -> {
                    slot(a);
                    load(b);
                    pushLong(c);
                    mv.visitInsn(LADD);
                    mv.visitInsn(LASTORE);
                }
                case NEG -> {
                    slot(a);
                    load(b);
                    mv.visitInsn(LNEG);
                    mv.visitInsn(LASTORE);
                }
                case NOT -> {
                    slot(a);
                    load(b);
                    pushLong(-1L);
                    mv.visitInsn(LXOR);
                    mv.visitInsn(LASTORE);
                }
                case LNOT -> unaryRt(a, b, "lnot");
                case WRAP -> {
                    slot(a);
                    load(b);
                    push(d);
                    rt("wrap", "(JI)J");
                    mv.visitInsn(LASTORE);
                }
                case EQ, NE, LT, LE, GT, GE, LTU, LEU, GTU, GEU, FADD, FSUB, FMUL, FDIV, FEQ, FNE, FLT, FLE, FGT, FGE ->
                        binaryRt(a, b, c, op.mnemonic());
                case FNEG, I2F -> unaryRt(a, b, op.mnemonic());
                case JMP -> {
                    hook(pc, a);
                    mv.visitJumpInsn(GOTO, labels[a]);
                }
                case JMP_IF, JMP_IFNOT -> {
                    load(a);
                    mv.visitInsn(LCONST_0);
                    mv.visitInsn(LCMP);
                    branch(op == Opcode.JMP_IF ? IFNE : IFEQ, pc, b);
                }
                case JMP_EQ, JMP_NE, JMP_LT, JMP_LE, JMP_GT, JMP_GE -> {
                    load(a);
                    load(b);
                    mv.visitInsn(LCMP);
                    branch(condition(op), pc, c);
                }
                case JMP_EQ_IMM, JMP_NE_IMM, JMP_LT_IMM, JMP_LE_IMM, JMP_GT_IMM, JMP_GE_IMM -> {
                    load(a);
                    pushLong(b);
                    mv.visitInsn(LCMP);
                    branch(condition(op), pc, c);
                }
                case CALL -> {
                    if (!include[a]) {
                        bailBefore(pc);
                        return;
                    }
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitVarInsn(ILOAD, T);
                    mv.visitVarInsn(ILOAD, BP);
                    push(pc);
                    push(m.frameSizes[fn]);
                    push(a);
                    push(b);
                    push(c);
                    push(m.frameSizes[a]);
                    push(m.paramSlots[a]);
                    rt("call", "(" + mf + "L" + FIBER + ";IIIIIIIII)V");
                    if (checked) {
                        mv.visitVarInsn(ALOAD, M);
                        mv.visitVarInsn(ALOAD, F);
                        mv.visitVarInsn(ILOAD, BP);
                        push(pc);
                        push(w);
                        push(a);
                        push(b);
                        push(c);
                        rt("hookAfterCall", "(" + mf + "L" + FIBER + ";IIIIII)V");
                    }
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitInsn(ICONST_0);
                    mv.visitMethodInsn(INVOKESTATIC, CLASS, "f" + a, FN_DESC, false);
                    reloadStack();
                }
                case RETURN -> {
                    Label slow = new Label();
                    if (checked) {
                        mv.visitVarInsn(ALOAD, M);
                        mv.visitVarInsn(ALOAD, F);
                        mv.visitVarInsn(ILOAD, T);
                        push(pc);
                        push(w);
                        push(a);
                        push(b);
                        push(c);
                        rt("retChecked", "(" + mf + "L" + FIBER + ";IIIIII)Z");
                    } else {
                        mv.visitVarInsn(ALOAD, F);
                        mv.visitVarInsn(ILOAD, T);
                        mv.visitVarInsn(ILOAD, BP);
                        push(a);
                        push(b);
                        rt("ret", "(L" + FIBER + ";IIII)Z");
                    }
                    mv.visitJumpInsn(IFEQ, slow);
                    mv.visitInsn(RETURN);
                    mv.visitLabel(slow);
                    bailBefore(pc);
                }
                case LOAD_CAPTURE -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitVarInsn(ILOAD, T);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(a);
                    push(b);
                    push(d);
                    rt("loadCapture", "(" + mf + "L" + FIBER + ";I[JIII)V");
                }
                case NEW -> {
                    setCur(pc, over);
                    slot(a);
                    mv.visitVarInsn(ALOAD, M);
                    push(b);
                    rt("newObject", "(" + mf + "I)J");
                    mv.visitInsn(LASTORE);
                }
                case LOAD_PTR -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(a);
                    load(b);
                    push(c);
                    push(m.shapeLen[d]);
                    rt("loadPtr", "(" + mf + "[JIJII)V");
                }
                case STORE_PTR, STORE_PTR_B -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(c);
                    load(a);
                    push(b);
                    push(m.shapeLen[d]);
                    push(d);
                    push(op == Opcode.STORE_PTR_B ? 1 : 0);
                    rt("storePtr", "(" + mf + "[JIJIIIZ)V");
                }
                case ADD_PTR -> {
                    setCur(pc, over);
                    slot(a);
                    load(b);
                    push(c);
                    rt("addPtr", "(JI)J");
                    mv.visitInsn(LASTORE);
                }
                case NIL_CHECK -> {
                    setCur(pc, over);
                    load(a);
                    rt("nilCheck", "(J)V");
                }
                case BOUNDS -> {
                    setCur(pc, over);
                    load(a);
                    push(b);
                    rt("bounds", "(JI)V");
                }
                case LOAD_IDX -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(a);
                    load(b);
                    load(c);
                    push(m.shapeLen[d]);
                    rt("loadIdx", "(" + mf + "[JIJJI)V");
                }
                case STORE_IDX, STORE_IDX_B -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(c);
                    load(a);
                    load(b);
                    push(m.shapeLen[d]);
                    push(d);
                    push(op == Opcode.STORE_IDX_B ? 1 : 0);
                    rt("storeIdx", "(" + mf + "[JIJJIIZ)V");
                }
                case ADDR_IDX -> {
                    setCur(pc, over);
                    slot(a);
                    mv.visitVarInsn(ALOAD, M);
                    load(b);
                    load(c);
                    push(d);
                    rt("addrIdx", "(" + mf + "JJI)J");
                    mv.visitInsn(LASTORE);
                }
                case LEN -> {
                    setCur(pc, over);
                    slot(a);
                    mv.visitVarInsn(ALOAD, M);
                    load(b);
                    push(d);
                    rt("len", "(" + mf + "JI)J");
                    mv.visitInsn(LASTORE);
                }
                case MAP_GET, MAP_GET_OK -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    load(b);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(c);
                    slotIndex(a);
                    push(op == Opcode.MAP_GET ? m.shapeLen[d] : m.shapeLen[d] - 1);
                    push(op == Opcode.MAP_GET_OK ? 1 : 0);
                    rt("mapGet", "(" + mf + "J[JIIIZ)V");
                }
                case MAP_SET -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    load(a);
                    mv.visitVarInsn(ALOAD, ST);
                    slotIndex(b);
                    slotIndex(c);
                    rt("mapSet", "(" + mf + "J[JII)V");
                }
                default -> {
                    setCur(pc, over);
                    mv.visitVarInsn(ALOAD, M);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitVarInsn(ILOAD, T);
                    mv.visitVarInsn(ILOAD, BP);
                    push(w);
                    push(a);
                    push(b);
                    push(c);
                    push(pc);
                    push(checked ? fn : -1);
                    rt("generic", "(" + mf + "L" + FIBER + ";IIIIIIII)V");
                    reloadStack();
                    return; // checked: generic ran the hook
                }
            }
            if (op.allocates() && !checked) { // the allocation's safepoint, as the interpreter takes it (checked: in the hook)
                mv.visitVarInsn(ALOAD, M);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ILOAD, T);
                push(pc + 1);
                rt("afterAlloc", "(" + mf + "L" + FIBER + ";II)V");
            }
            if (isNative(op) && !op.branches() && op != Opcode.CALL && op != Opcode.RETURN) hook(pc, pc + 1);
        }

        private int condition(Opcode op) {
            return switch (op) {
                case JMP_EQ, JMP_EQ_IMM -> IFEQ;
                case JMP_NE, JMP_NE_IMM -> IFNE;
                case JMP_LT, JMP_LT_IMM -> IFLT;
                case JMP_LE, JMP_LE_IMM -> IFLE;
                case JMP_GT, JMP_GT_IMM -> IFGT;
                default -> IFGE;
            };
        }
    }
}
