package gcscope.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened files, newest first, kept in the user's preferences (a node given by the caller). */
public final class RecentFiles {
    static final int MAX = 10;
    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    public void add(Path file) {
        List<Path> l = list();
        Path abs = file.toAbsolutePath().normalize();
        l.remove(abs);
        l.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < l.size()) node.put("recent." + i, l.get(i).toString());
            else node.remove("recent." + i);
        }
    }
}
