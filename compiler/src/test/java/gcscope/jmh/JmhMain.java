package gcscope.jmh;

import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the JMH benchmarks of this directory; arguments are JMH's own (a benchmark regex, {@code -p kernel=fib:27},
 * {@code -f}, {@code -wi}, {@code -i}, {@code -prof gc}, ...). From the repository root:
 * <pre>
 * mvn -o -q -B -pl compiler -am test-compile
 * mvn -o -q -B -pl compiler exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath gcscope.jmh.JmhMain InterpreterBenchmarks"
 * </pre>
 * Not run by {@code mvn verify}: surefire picks up only {@code *Test} classes; {@code JmhSmokeTest} runs one
 * tiny in-process configuration so the harness stays working.
 */
public final class JmhMain {
    private JmhMain() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[]{"gcscope\\.jmh\\..*Benchmarks"} : args);
    }
}
