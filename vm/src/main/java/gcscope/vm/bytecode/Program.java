package gcscope.vm.bytecode;

/** A compiled program: functions, globals, type metadata, layouts. (Being defined by the VM work.) */
public final class Program {
}
