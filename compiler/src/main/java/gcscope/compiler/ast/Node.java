package gcscope.compiler.ast;

import gcscope.vm.bytecode.SourcePos;

/**
 * A syntax tree node. Every node carries the position of its first token (for binary expressions
 * the operator, as Go's compiler reports them). Nodes are compared by identity in
 * {@link gcscope.compiler.types.TypeInfo} (IdentityHashMap), never by value.
 */
public interface Node {
    SourcePos pos();
}
