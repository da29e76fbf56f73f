package gcscope.app.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gcscope.vm.config.RunOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code .gcscope} session file (UX.md): the program text under its name, every run and compile
 * option, the breakpoints and the current step, as versioned JSON, so that another machine reopens
 * the exact state. Reading never throws: a corrupt, foreign or future file is a {@link Read.Failed}.
 */
public record SessionFile(int version, String fileName, String program, RunOptions options, List<Integer> breakpoints, long step) {
    /** The format version written by this build; files with another version are refused. */
    public static final int VERSION = 1;
    /** Session files larger than this are refused as corrupt (a program is text of a few kilobytes). */
    static final long MAX_BYTES = 16L << 20;

    public SessionFile {
        breakpoints = List.copyOf(new TreeSet<>(breakpoints));
    }

    public static SessionFile of(String fileName, String program, RunOptions options, Set<Integer> breakpoints, long step) {
        return new SessionFile(VERSION, fileName, program, options, List.copyOf(breakpoints), step);
    }

    /** The outcome of reading a session file: the session, or a message saying why it was refused. */
    public sealed interface Read permits Read.Ok, Read.Failed {
        record Ok(SessionFile session) implements Read { }

        record Failed(String message) implements Read { }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }

    public String toJson() {
        try {
            return mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session always serialises", e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson() + "\n");
    }

    public static Read read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) return new Read.Failed(file.getFileName() + " is not a GcScope session: too large");
            return parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return new Read.Failed("cannot read " + file + ": " + e.getMessage());
        }
    }

    static Read parse(String name, byte[] bytes) {
        ObjectMapper m = mapper();
        JsonNode tree;
        try {
            tree = m.readTree(bytes);
        } catch (IOException e) {
            return new Read.Failed(name + " is not a GcScope session: not valid JSON");
        }
        if (tree == null || !tree.isObject()) return new Read.Failed(name + " is not a GcScope session: not a JSON object");
        JsonNode v = tree.get("version");
        if (v == null || !v.isInt()) return new Read.Failed(name + " is not a GcScope session: no version field");
        if (v.asInt() != VERSION) {
            return new Read.Failed(name + " is a session of format version " + v.asInt() + "; this GcScope reads version " + VERSION);
        }
        try {
            SessionFile s = m.treeToValue(tree, SessionFile.class);
            if (s.fileName() == null || s.program() == null || s.options() == null || s.options().compile() == null
                    || s.options().gc() == null || s.options().onViolation() == null || s.options().compile().callBuffer() == null
                    || s.options().compile().tagLayout() == null || s.options().compile().fault() == null) {
                return new Read.Failed(name + " is a corrupt GcScope session: a field is missing");
            }
            if (s.step() < 0) return new Read.Failed(name + " is a corrupt GcScope session: negative step");
            return new Read.Ok(s);
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Read.Failed(name + " is a corrupt GcScope session: " + why);
        }
    }
}
