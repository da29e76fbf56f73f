package gcscope.vm.session;

/** Where a forward step command stops, judged after each instruction from where it started. */
@FunctionalInterface
interface Goal {
    /** @param before the location before the instruction just executed; @param now after it */
    boolean reached(Engine.Location before, Engine.Location now, boolean firstInstruction);

    static Goal instruction() {
        return (b, n, first) -> true;
    }

    static Goal never() {
        return (b, n, first) -> false;
    }

    /** Stop at the first instruction of another line, in this frame or any other (entering calls). */
    static Goal into(Engine.Location start) {
        return (b, n, first) -> n.line() > 0 && (n.fiber() != start.fiber() || n.depth() != start.depth()
                || n.funcId() != start.funcId() || n.line() != start.line());
    }

    /** Stop at the next line of this frame or of a caller, on the same fiber; calls run through. */
    static Goal over(Engine.Location start) {
        return (b, n, first) -> n.line() > 0 && n.fiber() == start.fiber()
                && (n.depth() < start.depth() || (n.depth() == start.depth()
                && (n.funcId() != start.funcId() || n.line() != start.line())));
    }

    /** Stop once the current frame has returned to its caller (same fiber). */
    static Goal out(Engine.Location start) {
        return (b, n, first) -> n.fiber() == start.fiber() && n.depth() < start.depth();
    }
}
