package gcscope.views.common;

import java.util.List;

/** Style-class edits that leave the list alone when it already says the right thing (every edit restyles the node). */
public final class StyleClasses {
    private StyleClasses() {
    }

    /** Makes {@code classes} contain {@code name} exactly when {@code on}; no change, no list event. */
    public static void toggle(List<String> classes, String name, boolean on) {
        boolean has = classes.contains(name);
        if (on && !has) classes.add(name);
        else if (!on && has) classes.removeAll(List.of(name));
    }
}
