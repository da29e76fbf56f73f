package gcscope.compiler.ast;

import java.util.List;

/** A parsed source file: {@code package name}, imports and top-level declarations in source order. */
public record SourceFile(String fileName, Expr.Ident packageName, List<Decl.Import> imports, List<Decl> decls) {
    public SourceFile {
        imports = List.copyOf(imports);
        decls = List.copyOf(decls);
    }
}
