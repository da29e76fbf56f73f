package gcscope.views.source;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The source panel: a RichTextFX editor with syntax highlighting, a gutter of line numbers,
 * breakpoints (click to toggle) and the current-line arrow, the current line highlighted, and compile
 * diagnostics underlined with their message on hover.
 */
public final class SourcePane extends BorderPane {
    private final SourceModel model;
    private final CodeArea area = new CodeArea();
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private IntConsumer onToggleBreakpoint = line -> { };
    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current-line");
    private boolean loading;

    public SourcePane(SourceModel model) {
        this.model = model;
        getStyleClass().add("source-pane");
        area.setId("source");
        area.setParagraphGraphicFactory(this::gutter);
        area.textProperty().addListener((o, was, now) -> {
            restyle();
            if (!loading) model.dirtyProperty().set(true);
        });
        model.currentLineProperty().addListener((o, was, now) -> showCurrentLine(now.intValue()));
        model.diagnostics().addListener((javafx.collections.ListChangeListener<SourceModel.Marker>) c -> restyle());
        hoverText.setStyle("-fx-background-color: #fff8dc; -fx-border-color: #d00000; -fx-padding: 4;");
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String msg = diagnosticAt(e.getCharacterIndex());
            if (msg != null) {
                hoverText.setText(msg);
                hover.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        setCenter(new VirtualizedScrollPane<>(area));
    }

    public CodeArea area() {
        return area;
    }

    public void setOnToggleBreakpoint(IntConsumer handler) {
        onToggleBreakpoint = handler == null ? line -> { } : handler;
    }

    /** Replaces the text without marking the buffer edited. */
    public void load(String text) {
        loading = true;
        try {
            area.replaceText(text);
            area.moveTo(0);
            area.getUndoManager().forgetHistory();
        } finally {
            loading = false;
        }
        model.dirtyProperty().set(false);
        showCurrentLine(model.currentLine());
    }

    public String text() {
        return area.getText();
    }

    /** The 1-based line the caret is on. */
    public int caretLine() {
        return area.getCurrentParagraph() + 1;
    }

    private Node gutter(int paragraph) {
        int line = paragraph + 1;
        Circle dot = new Circle(5);
        dot.getStyleClass().add("breakpoint");
        dot.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.breakpoints().contains(line), model.breakpoints()));
        Polygon arrow = new Polygon(0, 0, 8, 5, 0, 10);
        arrow.getStyleClass().add("current-arrow");
        arrow.visibleProperty().bind(model.currentLineProperty().isEqualTo(line));
        Label number = new Label(String.valueOf(line));
        number.getStyleClass().add("lineno");
        number.setMinWidth(34);
        number.setAlignment(Pos.CENTER_RIGHT);
        HBox box = new HBox(2, dot, arrow, number);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("gutter");
        box.setOnMouseClicked(e -> onToggleBreakpoint.accept(line));
        box.setId("gutter-" + line);
        // the current line is marked by a pseudo-class on its text, set from here: restyling a paragraph
        // (setParagraphStyle) would make the editor build that line's cell again at every step
        Runnable mark = () -> {
            if (box.getParent() == null) return;
            for (Node n : box.getParent().getChildrenUnmodifiable()) {
                if (n.getStyleClass().contains("paragraph-text")) n.pseudoClassStateChanged(CURRENT, arrow.isVisible());
            }
        };
        arrow.visibleProperty().addListener((o, was, now) -> mark.run());
        box.parentProperty().addListener((o, was, now) -> mark.run());
        return box;
    }

    private void showCurrentLine(int line) {
        int p = line - 1;
        if (p >= 0 && p < area.getParagraphs().size()) area.showParagraphInViewport(p);
    }

    private void restyle() {
        String text = area.getText();
        StyleSpans<Collection<String>> spans = SyntaxHighlighter.spans(text);
        if (!model.diagnostics().isEmpty()) {
            spans = spans.overlay(diagnosticSpans(text), (a, b) -> {
                if (b.isEmpty()) return a;
                java.util.ArrayList<String> both = new java.util.ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        area.setStyleSpans(0, spans);
    }

    private StyleSpans<Collection<String>> diagnosticSpans(String text) {
        boolean[] marked = new boolean[text.length()];
        for (SourceModel.Marker m : model.diagnostics()) {
            int start = offsetOf(text, m.line(), m.column());
            if (start < 0) continue;
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            if (end == start) end = Math.min(text.length(), start + 1);
            for (int i = start; i < end; i++) marked[i] = true;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int i = 0;
        while (i < marked.length) {
            int j = i;
            while (j < marked.length && marked[j] == marked[i]) j++;
            b.add(marked[i] ? List.of("diagnostic") : List.of(), j - i);
            i = j;
        }
        if (marked.length == 0) b.add(List.of(), 0);
        return b.create();
    }

    private String diagnosticAt(int index) {
        String text = area.getText();
        StringBuilder msgs = new StringBuilder();
        for (SourceModel.Marker m : model.diagnostics()) {
            int start = offsetOf(text, m.line(), m.column());
            if (start < 0) continue;
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            if (index >= start && index <= Math.max(end, start + 1)) {
                if (msgs.length() > 0) msgs.append('\n');
                msgs.append(m.line()).append(':').append(m.column()).append(": ").append(m.message());
            }
        }
        return msgs.length() == 0 ? null : msgs.toString();
    }

    /** Character offset of a 1-based line and column, or -1 when outside the text. */
    static int offsetOf(String text, int line, int column) {
        if (line < 1) return -1;
        int off = 0;
        for (int l = 1; l < line; l++) {
            off = text.indexOf('\n', off);
            if (off < 0) return -1;
            off++;
        }
        int c = Math.max(1, column) - 1;
        int eol = text.indexOf('\n', off);
        if (eol < 0) eol = text.length();
        return Math.min(off + c, Math.max(off, eol - 1 < off ? off : eol - 1));
    }
}
