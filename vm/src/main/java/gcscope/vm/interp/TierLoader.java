package gcscope.vm.interp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Loads the class {@link TierCompiler} generated as a hidden class of this package (so it can read the fiber's
 * and machine's fields) and makes its one instance. The only class of the VM that uses {@code java.lang.invoke}:
 * it defines code the VM generated itself, never anything a program supplies.
 */
final class TierLoader {
    private TierLoader() {
    }

    /** The loaded code, or null (with the reason in {@code problem[0]}) when the JVM rejects the class. */
    static TierCode load(byte[] classFile, String[] problem) {
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(classFile, true);
            return (TierCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            if (e instanceof Error && !(e instanceof LinkageError)) throw (Error) e;
            problem[0] = e.toString();
            return null;
        }
    }
}
