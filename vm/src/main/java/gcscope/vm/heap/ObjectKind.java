package gcscope.vm.heap;

/** The kinds of heap object of VM.md, "Heap". */
public enum ObjectKind {
    STRING, SLICE, ARRAY, STRUCT, BOX, MAP, CLOSURE, CHANNEL, ENUM, INTERFACE_BOX
}
