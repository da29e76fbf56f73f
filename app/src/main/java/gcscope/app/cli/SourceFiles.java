package gcscope.app.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and writing the files the CLI is given, with person-readable errors. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** The file's text (strict UTF-8); a missing, unreadable or non-UTF-8 file is a usage error. */
    static String read(Path p) throws UsageException {
        try {
            byte[] bytes = Files.readAllBytes(p);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UsageException(p + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(p + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new UsageException(p + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Writes text as UTF-8; an unwritable path is a usage error. */
    static void write(Path p, String text) throws UsageException {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(p + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
