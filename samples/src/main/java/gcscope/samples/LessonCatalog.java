package gcscope.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lessons of {@code gcscope/lessons/}, read from the class path (listed by its index.txt). */
public final class LessonCatalog {
    public static final String LESSONS_DIR = "gcscope/lessons";

    private LessonCatalog() {
    }

    public static List<Lesson> lessons() {
        List<Lesson> out = new ArrayList<>();
        for (String name : SampleCatalog.index(LESSONS_DIR)) {
            out.add(lesson(name).orElseThrow(
                    () -> new IllegalStateException(LESSONS_DIR + "/index.txt lists a missing lesson: " + name)));
        }
        return List.copyOf(out);
    }

    public static Optional<Lesson> lesson(String name) {
        String dir = LESSONS_DIR + "/" + name + "/";
        Optional<String> program = SampleCatalog.read(dir + "program.vo");
        if (program.isEmpty()) return Optional.empty();
        return Optional.of(new Lesson(name, program.get(),
                optionLine(required(dir + "options.txt")),
                optionLine(required(dir + "contrast-options.txt")),
                required(dir + "lesson.md"),
                keyValues(required(dir + "expect.txt"))));
    }

    private static String required(String resource) {
        return SampleCatalog.read(resource).orElseThrow(() -> new IllegalStateException("missing " + resource));
    }

    /** The first line that is not blank and not a {@code #} comment, split on whitespace. */
    static List<String> optionLine(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) return List.of(s.split("\\s+"));
        }
        return List.of();
    }

    static Map<String, String> keyValues(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            int colon = s.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("expect.txt: not 'key: value': " + s);
            map.put(s.substring(0, colon).strip(), s.substring(colon + 1).strip());
        }
        return map;
    }
}
