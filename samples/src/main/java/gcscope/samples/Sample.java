package gcscope.samples;

/**
 * One program shipped as a resource: its file name (e.g. {@code skel_hello.vo}), its resource path on the
 * class path, and its source text.
 */
public record Sample(String name, String resource, String source) {
    /** The expectations in the sample's trailing comments (see {@link GoldenSpec}). */
    public GoldenSpec spec() {
        return GoldenSpec.parse(source);
    }
}
