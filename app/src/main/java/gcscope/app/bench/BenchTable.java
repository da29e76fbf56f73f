package gcscope.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Markdown table of median wall times: one row per benchmark, one column per implementation, then one
 * column per ratio (numerator implementation / denominator implementation). A ratio is shown only when
 * both sides were measured; otherwise "-".
 */
public final class BenchTable {
    /** A ratio column: implementation index {@code numerator} over implementation index {@code denominator}. */
    public record Ratio(int numerator, int denominator) {
    }

    /** One benchmark and its cells, in the order of the table's implementations. */
    public record Row(String benchmark, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final List<String> implementations;
    private final List<Ratio> ratios;
    private final List<Row> rows = new ArrayList<>();

    public BenchTable(List<String> implementations, List<Ratio> ratios) {
        this.implementations = List.copyOf(implementations);
        this.ratios = List.copyOf(ratios);
        for (Ratio r : ratios) {
            if (r.numerator() < 0 || r.numerator() >= implementations.size() || r.denominator() < 0
                    || r.denominator() >= implementations.size()) throw new IllegalArgumentException("bad ratio " + r);
        }
    }

    /** Ratios of the first implementation over each of the others (GcScope / peer). */
    public static BenchTable firstOverOthers(List<String> implementations) {
        List<Ratio> ratios = new ArrayList<>();
        for (int i = 1; i < implementations.size(); i++) ratios.add(new Ratio(0, i));
        return new BenchTable(implementations, ratios);
    }

    public BenchTable add(Row row) {
        if (row.cells().size() != implementations.size())
            throw new IllegalArgumentException(row.benchmark() + ": " + row.cells().size() + " cells for " + implementations.size() + " implementations");
        rows.add(row);
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The ratio of two cells' medians, or null when either was not measured. */
    public static Double ratio(Cell numerator, Cell denominator) {
        if (numerator instanceof Cell.Timed n && denominator instanceof Cell.Timed d && d.median() > 0)
            return (double) n.median() / d.median();
        return null;
    }

    /** Seconds with three decimals, e.g. {@code 1.234 s}. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** A ratio with two decimals, e.g. {@code 0.85x}; "-" for null. */
    public static String times(Double ratio) {
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }

    /** The table as aligned Markdown, header first, one line per row, each ending in a newline. */
    public String render() {
        List<String> header = new ArrayList<>();
        header.add("benchmark");
        header.addAll(implementations);
        for (Ratio r : ratios) header.add(implementations.get(r.numerator()) + " / " + implementations.get(r.denominator()));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (Row row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.benchmark());
            for (Cell c : row.cells()) line.add(c.text());
            for (Ratio r : ratios) line.add(times(ratio(row.cells().get(r.numerator()), row.cells().get(r.denominator()))));
            lines.add(line);
        }
        int[] width = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) width[i] = Math.max(width[i], line.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, lines.get(0), width);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < width.length; i++) rule.add(i == 0 ? "-".repeat(width[i]) : "-".repeat(width[i] - 1) + ":");
        appendLine(sb, rule, width);
        for (int i = 1; i < lines.size(); i++) appendLine(sb, lines.get(i), width);
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, List<String> cells, int[] width) {
        sb.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(' ').append(i == 0 ? c + pad : pad + c).append(" |");
        }
        sb.append('\n');
    }
}
