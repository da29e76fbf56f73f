package gcscope.vm.config;

/** Options that change the code the compiler emits (and the layout store it builds). */
public record CompileOptions(CallBufferMode callBuffer, TagLayoutMode tagLayout, boolean intern, Fault fault) {
    public static final CompileOptions DEFAULT = new CompileOptions(CallBufferMode.SPLIT, TagLayoutMode.DECLARED, true, Fault.NONE);

    public CompileOptions withCallBuffer(CallBufferMode m) { return new CompileOptions(m, tagLayout, intern, fault); }
    public CompileOptions withTagLayout(TagLayoutMode m) { return new CompileOptions(callBuffer, m, intern, fault); }
    public CompileOptions withIntern(boolean on) { return new CompileOptions(callBuffer, tagLayout, on, fault); }
    public CompileOptions withFault(Fault f) { return new CompileOptions(callBuffer, tagLayout, intern, f); }
}
