package gcscope.views.common;

import java.util.List;

/**
 * The read-only facts about the loaded program that the panes show beside a snapshot: function
 * names, a disassembly per function (one line per instruction, in pc order) and the source line of
 * each instruction. The app implements it over the compiled Program and its Disassembler.
 */
public interface CodeInfo {
    /** Number of functions; ids are 0..count-1. */
    int functionCount();

    String functionName(int funcId);

    /** One text line per instruction, index = pc. */
    List<String> listing(int funcId);

    /** Source line (1-based) of the instruction at pc, or 0 when it has none. */
    int lineOf(int funcId, int pc);

    /** Declared slot types of the function, as names (for the slotTypes table). */
    List<String> slotTypes(int funcId);

    /** What the static slot-type verifier reports about the instruction at pc ("" when nothing). */
    default String finding(int funcId, int pc) {
        return "";
    }

    /** The layout with this id in the program's layout store, or null when unknown. */
    default LayoutSpec layout(int layoutId) {
        return null;
    }

    /**
     * The layout with this id flattened for one variant when it is a tag union (the variant's payload
     * fields plus the discriminant); {@code variant} -1 gives only the discriminant. Null when unknown.
     */
    default LayoutSpec layout(int layoutId, int variant) {
        return layout(layoutId);
    }

    /** Every layout of the store, by id (empty when the program has none). */
    default List<LayoutSpec> layouts() {
        return List.of();
    }

    /** A CodeInfo with no functions, for a program that did not compile. */
    CodeInfo EMPTY = new CodeInfo() {
        @Override public int functionCount() { return 0; }
        @Override public String functionName(int funcId) { return "?"; }
        @Override public List<String> listing(int funcId) { return List.of(); }
        @Override public int lineOf(int funcId, int pc) { return 0; }
        @Override public List<String> slotTypes(int funcId) { return List.of(); }
    };
}
