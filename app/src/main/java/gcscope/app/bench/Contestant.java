package gcscope.app.bench;

import java.util.List;

/**
 * One implementation of one benchmark: the label of its table column and the whole command that runs it,
 * or the reason it cannot run (then {@code command} is empty).
 */
public record Contestant(String label, List<String> command, String unavailable) {
    public Contestant {
        command = List.copyOf(command);
        if (command.isEmpty() == (unavailable == null))
            throw new IllegalArgumentException(label + ": either a command or a reason it is unavailable");
    }

    public static Contestant runnable(String label, List<String> command) {
        return new Contestant(label, command, null);
    }

    public static Contestant unavailable(String label, String reason) {
        return new Contestant(label, List.of(), reason);
    }

    public boolean runs() {
        return unavailable == null;
    }
}
