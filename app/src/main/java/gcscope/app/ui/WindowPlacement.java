package gcscope.app.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Where the inspector window was and how its panes were divided, kept in the user's preferences
 * (a node given by the caller), and the rule that turns a remembered place into one that fits the
 * screen the window opens on now.
 */
public final class WindowPlacement {
    /** A rectangle in screen coordinates. */
    public record Rect(double x, double y, double width, double height) {
        boolean overlaps(Rect o, double margin) {
            return x + width - margin > o.x && o.x + o.width - margin > x && y + height - margin > o.y && o.y + o.height - margin > y;
        }
    }

    /** The window's remembered bounds and whether it was maximised. */
    public record Placement(Rect bounds, boolean maximized) { }

    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 880;
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 400;

    private final Preferences node;

    public WindowPlacement(Preferences node) {
        this.node = node;
    }

    /**
     * The bounds to open with on {@code screen}: the remembered ones when they still overlap it by a
     * usable amount (shrunk to fit), otherwise the preferred size (at most 90% of the screen) centred.
     */
    public static Rect fit(Optional<Rect> remembered, Rect screen) {
        if (remembered.isPresent() && remembered.get().overlaps(screen, 100)) {
            Rect r = remembered.get();
            double w = clamp(r.width(), Math.min(MIN_WIDTH, screen.width()), screen.width());
            double h = clamp(r.height(), Math.min(MIN_HEIGHT, screen.height()), screen.height());
            double x = clamp(r.x(), screen.x(), screen.x() + screen.width() - w);
            double y = clamp(r.y(), screen.y(), screen.y() + screen.height() - h);
            return new Rect(x, y, w, h);
        }
        double w = Math.min(PREFERRED_WIDTH, screen.width() * 0.9);
        double h = Math.min(PREFERRED_HEIGHT, screen.height() * 0.9);
        return new Rect(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public Optional<Placement> load() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (!(w > 0 && h > 0)) return Optional.empty();
        Rect r = new Rect(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h);
        return Optional.of(new Placement(r, node.getBoolean("window.maximized", false)));
    }

    public void save(Placement p) {
        node.putDouble("window.x", p.bounds().x());
        node.putDouble("window.y", p.bounds().y());
        node.putDouble("window.width", p.bounds().width());
        node.putDouble("window.height", p.bounds().height());
        node.putBoolean("window.maximized", p.maximized());
    }

    /** The remembered divider positions of the split pane {@code key}, or {@code defaults} when none (or a different count) were kept. */
    public double[] dividers(String key, double[] defaults) {
        String s = node.get("dividers." + key, null);
        if (s == null) return defaults.clone();
        try {
            double[] d = Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
            if (d.length != defaults.length || Arrays.stream(d).anyMatch(v -> !(v > 0 && v < 1))) return defaults.clone();
            return d;
        } catch (NumberFormatException e) {
            return defaults.clone();
        }
    }

    public void saveDividers(String key, double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double p : positions) b.append(b.length() == 0 ? "" : ",").append(p);
        node.put("dividers." + key, b.toString());
    }
}
