package gcscope.compiler.codegen;

import gcscope.compiler.ast.Decl;
import gcscope.compiler.ast.Expr;
import gcscope.compiler.ast.Stmt;
import gcscope.compiler.lex.TokenKind;
import gcscope.compiler.types.Type;
import gcscope.compiler.types.Types;
import gcscope.compiler.types.VarSymbol;
import gcscope.vm.bytecode.Opcode;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements. Each simple statement runs in its own temp region (its temporaries are reused by the
 * next statement); variables are allocated before the region so they outlive it; blocks restore the
 * cursor at their end. Loops and switches register break/continue labels by statement identity.
 */
final class StmtCompiler {
    private final FunctionCompiler fc;
    private final FuncBuilder fb;
    final Map<Stmt, FuncBuilder.Label> breaks = new IdentityHashMap<>();
    final Map<Stmt, FuncBuilder.Label> continues = new IdentityHashMap<>();
    final Assignments assign;
    final Loops loops;

    StmtCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.fb = fc.fb;
        this.assign = new Assignments(fc, this);
        this.loops = new Loops(fc, this);
    }

    private ExprCompiler ex() {
        return fc.ex;
    }

    /** A list of statements in a new scope. */
    void block(List<Stmt> stmts) {
        fb.openScope();
        fb.beginTempRegion();
        for (Stmt s : stmts) stmt(s);
        fb.endTempRegion();
        fb.closeScope();
    }

    void stmt(Stmt s) {
        fb.setPos(s.pos());
        if (s instanceof Stmt.Block b) {
            block(b.stmts());
        } else if (s instanceof Stmt.ExprStmt e) {
            fb.beginTempRegion();
            Expr x = ExprCompiler.unparen(e.x());
            if (x instanceof Expr.Call c) fc.calls.call(c, -1);
            else if (x instanceof Expr.Unary u && u.op() == TokenKind.ARROW) ex().value(x);
            else ex().value(x);
            fb.endTempRegion();
        } else if (s instanceof Stmt.Assign a) {
            assign.assign(a);
        } else if (s instanceof Stmt.IncDec i) {
            assign.incDec(i);
        } else if (s instanceof Stmt.DeclStmt d) {
            if (d.decl() instanceof Decl.Var v) assign.varDecl(v);
        } else if (s instanceof Stmt.Return r) {
            ret(r);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.For f) {
            loops.forStmt(f);
        } else if (s instanceof Stmt.Range r) {
            loops.range(r);
        } else if (s instanceof Stmt.Switch sw) {
            new Switches(fc, this).exprSwitch(sw);
        } else if (s instanceof Stmt.TypeSwitch ts) {
            new Switches(fc, this).typeSwitch(ts);
        } else if (s instanceof Stmt.Match m) {
            new Enums(fc, ex()).match(m, this);
        } else if (s instanceof Stmt.Labeled l) {
            stmt(l.stmt());
        } else if (s instanceof Stmt.Branch b) {
            branch(b);
        } else if (s instanceof Stmt.Go g) {
            fb.beginTempRegion();
            fc.calls.deferOrGo(g.call(), true);
            fb.endTempRegion();
        } else if (s instanceof Stmt.Defer d) {
            fb.beginTempRegion();
            fc.calls.deferOrGo(d.call(), false);
            fb.endTempRegion();
        } else if (s instanceof Stmt.Send send) {
            fb.beginTempRegion();
            Type.Chan ct = (Type.Chan) ex().typeOf(send.chan()).underlying();
            int ch = ex().value(send.chan());
            int v = ex().converted(send.value(), ct.elem());
            fb.emit(Opcode.SEND, ch, v);
            fb.endTempRegion();
        } else if (s instanceof Stmt.Empty) {
            // nothing
        } else {
            throw new IllegalStateException("cannot compile statement " + s.getClass().getSimpleName() + " at " + s.pos());
        }
    }

    private void ret(Stmt.Return r) {
        fb.beginTempRegion();
        List<Type> rts = fc.resultBoxes >= 0 ? fc.boxedResultTypes : fc.resultTypes;
        if (r.results().isEmpty()) {
            fc.emitReturnOfNamedOrZero();
        } else if (fc.resultBoxes < 0 && fc.namedResults.isEmpty() && r.results().size() == 1 && rts.size() == 1
                && !ex().needsBoxing(r.results().get(0), rts.get(0))) {
            // one result: return straight from the slot that holds it (a local variable needs no copy)
            int v = ex().value(r.results().get(0));
            fb.emit(Opcode.RETURN, v, SlotShapes.size(rts.get(0)));
        } else {
            int n = SlotShapes.ofAll(rts).size();
            int buf = fb.allocSlots(SlotShapes.ofAll(rts));
            if (r.results().size() == 1 && rts.size() > 1) {
                ex().into(r.results().get(0), buf);
            } else {
                int off = 0;
                for (int i = 0; i < rts.size(); i++) {
                    fb.beginTempRegion();
                    ex().convertInto(r.results().get(i), rts.get(i), buf + off);
                    fb.endTempRegion();
                    off += SlotShapes.size(rts.get(i));
                }
            }
            // named results that live in boxes are assigned too (deferred closures read them)
            if (!fc.namedResults.isEmpty()) {
                int off = 0;
                for (VarSymbol v : fc.namedResults) {
                    VarLoc loc = fc.vars.get(v);
                    if (loc instanceof VarLoc.Boxed b) fc.storeWords(b.slot(), 0, buf + off, v.type());
                    off += SlotShapes.size(v.type());
                }
            }
            if (fc.resultBoxes >= 0) fb.emit(Opcode.RETURN, 0, 0);
            else fb.emit(Opcode.RETURN, buf, n);
        }
        fb.endTempRegion();
    }

    private void ifStmt(Stmt.If i) {
        fb.openScope();
        fb.beginTempRegion();
        if (i.init() != null) stmt(i.init());
        FuncBuilder.Label els = fb.newLabel(), end = fb.newLabel();
        fb.setPos(i.cond().pos());
        condJump(i.cond(), false, els);
        block(i.then().stmts());
        if (i.elseStmt() != null) {
            fb.jump(end);
            els.bind();
            stmt(i.elseStmt());
        } else {
            els.bind();
        }
        end.bind();
        fb.endTempRegion();
        fb.closeScope();
    }

    /**
     * Jumps to {@code target} when cond evaluates to {@code when}: short-circuit operators become jumps, and
     * comparisons of signed integers use the fused compare-and-jump instructions.
     */
    void condJump(Expr cond, boolean when, FuncBuilder.Label target) {
        cond = ExprCompiler.unparen(cond);
        if (fc.cg.info.constantOf(cond) == null) {
            if (cond instanceof Expr.Unary u && u.op() == TokenKind.NOT) {
                condJump(u.x(), !when, target);
                return;
            }
            if (cond instanceof Expr.Binary b && (b.op() == TokenKind.LAND || b.op() == TokenKind.LOR)) {
                boolean and = b.op() == TokenKind.LAND;
                if (and != when) {
                    // (x && y) false: either is false; (x || y) true: either is true
                    condJump(b.x(), when, target);
                    condJump(b.y(), when, target);
                } else {
                    FuncBuilder.Label skip = fb.newLabel();
                    condJump(b.x(), !when, skip);
                    condJump(b.y(), when, target);
                    skip.bind();
                }
                return;
            }
            if (cond instanceof Expr.Binary b && fusedCompare(b)) {
                fb.beginTempRegion();
                if (immediateCompare(b, when, target)) {
                    fb.endTempRegion();
                    return;
                }
                int x = ex().value(b.x());
                int y = ex().value(b.y());
                fb.jumpCmp(jumpOp(b.op(), when), x, y, target);
                fb.endTempRegion();
                return;
            }
        }
        fb.beginTempRegion();
        int c = ex().value(cond);
        fb.jumpIf(c, when, target);
        fb.endTempRegion();
    }

    private boolean fusedCompare(Expr.Binary b) {
        switch (b.op()) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> { }
            default -> {
                return false;
            }
        }
        Type xt = ex().typeOf(b.x()), yt = ex().typeOf(b.y());
        gcscope.compiler.types.BasicKind k = Types.basicKind(xt);
        if (k == null || Types.basicKind(yt) == null) return false;
        if (k.isInteger() && !k.isUnsigned()) return true;
        return k.isBoolean() && (b.op() == TokenKind.EQL || b.op() == TokenKind.NEQ);
    }

    /** x OP const (or const OP x) on signed integers: one JMP_xx_IMM; false when neither side is an immediate. */
    private boolean immediateCompare(Expr.Binary b, boolean when, FuncBuilder.Label target) {
        gcscope.compiler.types.BasicKind k = Types.basicKind(ex().typeOf(b.x()));
        if (!k.isInteger()) return false;
        TokenKind op = b.op();
        Expr var = b.x();
        Long imm = ex().immediate(b.y());
        if (imm == null) {
            imm = ex().immediate(b.x());
            if (imm == null) return false;
            var = b.y();
            op = switch (op) {
                case LSS -> TokenKind.GTR;
                case LEQ -> TokenKind.GEQ;
                case GTR -> TokenKind.LSS;
                case GEQ -> TokenKind.LEQ;
                default -> op;
            };
        }
        int x = ex().value(var);
        Opcode o = switch (jumpOp(op, when)) {
            case JMP_EQ -> Opcode.JMP_EQ_IMM;
            case JMP_NE -> Opcode.JMP_NE_IMM;
            case JMP_LT -> Opcode.JMP_LT_IMM;
            case JMP_LE -> Opcode.JMP_LE_IMM;
            case JMP_GT -> Opcode.JMP_GT_IMM;
            default -> Opcode.JMP_GE_IMM;
        };
        fb.jumpCmpImm(o, x, imm.intValue(), target);
        return true;
    }

    private static Opcode jumpOp(TokenKind op, boolean when) {
        if (!when) {
            op = switch (op) {
                case EQL -> TokenKind.NEQ;
                case NEQ -> TokenKind.EQL;
                case LSS -> TokenKind.GEQ;
                case LEQ -> TokenKind.GTR;
                case GTR -> TokenKind.LEQ;
                default -> TokenKind.LSS;
            };
        }
        return switch (op) {
            case EQL -> Opcode.JMP_EQ;
            case NEQ -> Opcode.JMP_NE;
            case LSS -> Opcode.JMP_LT;
            case LEQ -> Opcode.JMP_LE;
            case GTR -> Opcode.JMP_GT;
            default -> Opcode.JMP_GE;
        };
    }

    private void branch(Stmt.Branch b) {
        Stmt target = fc.cg.info.targetOf(b);
        if (b.kind() == TokenKind.FALLTHROUGH) return; // handled by the switch: bodies are laid out in order
        FuncBuilder.Label l = b.kind() == TokenKind.BREAK ? breaks.get(target) : continues.get(target);
        if (l == null) throw new IllegalStateException(b.kind() + " without an enclosing target at " + b.pos());
        fb.jump(l);
    }

    /** Compiles a clause body in its own scope. */
    void body(List<Stmt> stmts) {
        block(stmts);
    }

    static boolean endsInFallthrough(List<Stmt> stmts) {
        return !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Branch b && b.kind() == TokenKind.FALLTHROUGH;
    }
}
