package gcscope.compiler.types;

import gcscope.vm.bytecode.SourcePos;

/** An imported package name (only {@code fmt}). */
public final class PackageSymbol implements Symbol {
    private final String name;
    private final String path;
    private final SourcePos pos;
    private final int id;
    boolean used;

    public PackageSymbol(String name, String path, SourcePos pos, int id) {
        this.name = name;
        this.path = path;
        this.pos = pos;
        this.id = id;
    }

    public String name() { return name; }
    public String path() { return path; }
    public SourcePos pos() { return pos; }
    public Type type() { return null; }
    public int id() { return id; }
}
