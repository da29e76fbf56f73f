package gcscope.app.ui;

import gcscope.vm.snapshot.VmSnapshot;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files and dialogs of the window: new, open, save, save as, recent files, drag and drop, go to
 * step, find, and export. Every failure (unreadable or corrupt file, failed write) becomes a message
 * in the console, never a stack trace; unsaved edits are never discarded without asking.
 */
public final class FileActions {
    static final String NEW_PROGRAM = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n";

    private final MainWindow window;
    private final RecentFiles recent;
    private Document document = Document.untitled();

    FileActions(MainWindow window, RecentFiles recent) {
        this.window = window;
        this.recent = recent;
    }

    public Document document() {
        return document;
    }

    void setDocument(Document d) {
        document = d;
        window.updateTitle();
    }

    public void newProgram() {
        if (!confirmDiscard()) return;
        window.load(Document.untitled(), NEW_PROGRAM);
    }

    public void askOpen() {
        if (!confirmDiscard()) return;
        FileChooser fc = chooser("Open program", "GcScope programs", "*.vo");
        File f = fc.showOpenDialog(window.stage());
        if (f != null) open(f.toPath());
    }

    public void askOpenSession() {
        if (!confirmDiscard()) return;
        File f = chooser("Open session", "GcScope sessions", "*.gcscope").showOpenDialog(window.stage());
        if (f != null) openSession(f.toPath());
    }

    public void askSaveSession() {
        FileChooser fc = chooser("Save session", "GcScope sessions", "*.gcscope");
        fc.setInitialFileName(document.name().replaceFirst("\\.vo$", "") + ".gcscope");
        File f = fc.showSaveDialog(window.stage());
        if (f != null) saveSession(f.toPath());
    }

    /** Writes the program text, every option, the breakpoints and the current step to a session file. */
    public boolean saveSession(Path file) {
        try {
            window.sessionState().write(file);
            recent.add(file);
            return true;
        } catch (IOException e) {
            window.model().console().setMessage("cannot save the session " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Reopens the exact state of a session file; a corrupt file is reported in the console. */
    public boolean openSession(Path file) {
        SessionFile.Read r = SessionFile.read(file);
        if (r instanceof SessionFile.Read.Ok ok) {
            recent.add(file);
            window.restore(ok.session());
            return true;
        }
        window.model().console().setMessage(((SessionFile.Read.Failed) r).message());
        return false;
    }

    /** Opens a program file; a file that cannot be read as UTF-8 text is reported in the console. */
    public boolean open(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(".gcscope")) return openSession(file);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) throw new MalformedInputException(0);
        } catch (MalformedInputException e) {
            window.model().console().setMessage("cannot open " + file.getFileName() + ": not a text file");
            return false;
        } catch (IOException e) {
            window.model().console().setMessage("cannot open " + file + ": " + e.getMessage());
            return false;
        }
        recent.add(file);
        window.load(Document.of(file), text);
        return true;
    }

    public void save() {
        if (document.path() == null) askSaveAs();
        else saveAs(document.path());
    }

    public void askSaveAs() {
        FileChooser fc = chooser("Save program", "GcScope programs", "*.vo");
        fc.setInitialFileName(document.name());
        File f = fc.showSaveDialog(window.stage());
        if (f != null) saveAs(f.toPath());
    }

    public boolean saveAs(Path file) {
        try {
            Files.writeString(file, window.source().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            window.model().console().setMessage("cannot save " + file + ": " + e.getMessage());
            return false;
        }
        recent.add(file);
        document = Document.of(file);
        window.model().source().dirtyProperty().set(false);
        window.recoverySaved();
        window.updateTitle();
        return true;
    }

    /** True when there are no unsaved edits, or the person agreed to discard them. */
    public boolean confirmDiscard() {
        if (!window.model().source().dirtyProperty().get()) return true;
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, document.name() + " has unsaved edits. Discard them?",
                ButtonType.YES, ButtonType.CANCEL);
        a.setHeaderText("Unsaved edits");
        a.initOwner(window.stage());
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == ButtonType.YES;
    }

    public void askGoToStep() {
        TextInputDialog d = new TextInputDialog(String.valueOf(window.model().timeline().stepProperty().get()));
        d.setHeaderText("Go to step");
        d.initOwner(window.stage());
        d.showAndWait().ifPresent(s -> {
            try {
                long n = Long.parseLong(s.trim());
                if (window.target() != null) window.target().goToStep(Math.max(0, n));
            } catch (NumberFormatException e) {
                window.model().console().setMessage("not a step number: " + s);
            }
        });
    }

    public void askFind() {
        TextInputDialog d = new TextInputDialog();
        d.setHeaderText("Find an object by address (0x1008) or type name");
        d.initOwner(window.stage());
        d.showAndWait().ifPresent(q -> {
            if (!window.graph().find(q)) window.model().console().setMessage("no object matches " + q);
        });
    }

    public void askExport(Exports.Format format) {
        FileChooser fc = chooser("Export " + format.description, format.description, format.glob);
        fc.setInitialFileName(document.name().replaceFirst("\\.vo$", "") + format.glob.substring(1));
        File f = fc.showSaveDialog(window.stage());
        if (f != null) export(format, f.toPath());
    }

    /** Writes the current snapshot (or the graph image) to {@code out}; failures become console messages. */
    public boolean export(Exports.Format format, Path out) {
        VmSnapshot s = window.model().snapshot();
        if (s == null) {
            window.model().console().setMessage("nothing to export: the program is not running");
            return false;
        }
        try {
            if (format == Exports.Format.PNG) Exports.writePng(window.graph().image(2), out);
            else Exports.writeText(s, format, out);
            return true;
        } catch (IOException | RuntimeException e) {
            window.model().console().setMessage("export failed: " + e.getMessage());
            return false;
        }
    }

    void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(drop(e.getDragboard().getFiles()));
            e.consume();
        });
    }

    /** Files dropped on the window: the first opens (a program, or a .gcscope session) after asking about unsaved edits. */
    boolean drop(List<File> fs) {
        return fs != null && !fs.isEmpty() && confirmDiscard() && open(fs.get(0).toPath());
    }

    private FileChooser chooser(String title, String what, String glob) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, glob));
        if (document.path() != null && document.path().getParent() != null) fc.setInitialDirectory(document.path().getParent().toFile());
        return fc;
    }
}
