package gcscope.vm.gc;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Random object graphs mutated between collector steps (every heap store through the write barrier):
 * the collector never frees an object reachable from the roots, and frees every unreachable object by
 * the end of the next full cycle. Reachability is computed by brute force, independently of the
 * collector's scanner.
 */
class CollectorPropertyTest {
    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            out.add(Arguments.of(GcPolicy.STRESS, seed, false));
            out.add(Arguments.of(GcPolicy.INCREMENTAL_STRESS, seed, true));
            out.add(Arguments.of(GcPolicy.INCREMENTAL_STRESS, seed, false));
            out.add(Arguments.of(GcPolicy.NORMAL, seed, false));
        }
        return out.stream();
    }

    private FakeVm vm;
    private Heap heap;
    private Random rnd;
    private int structMeta, arrayMeta, ifaceBoxMeta, scalarMeta;
    private FakeVm.Fiber fiber;

    @ParameterizedTest(name = "{0} seed {1} sanitize {2}")
    @MethodSource("runs")
    void neverFreesReachableAndAlwaysFreesUnreachable(GcPolicy policy, long seed, boolean sanitize) {
        vm = new FakeVm();
        rnd = new Random(seed);
        structMeta = vm.meta(GCREF, VALUE, GCREF, FLOAT);
        arrayMeta = vm.meta(GCREF);
        ifaceBoxMeta = vm.meta(INTERFACE0, INTERFACE1, GCREF);
        scalarMeta = vm.meta(VALUE);
        RunOptions opts = RunOptions.DEFAULT.withGc(policy).withSanitize(sanitize);
        heap = new Heap(0, sanitize);
        Collector gc = new Collector(heap, vm, vm, opts);
        fiber = vm.fiber();
        fiber.push(0, GCREF, VALUE, GCREF, INTERFACE0, INTERFACE1);
        fiber.push(1, VALUE, GCREF, GCREF, GCREF);
        vm.globals(GCREF, VALUE, GCREF);

        for (int i = 0; i < 40; i++) setRandomRoot(newObject());
        int steps = policy == GcPolicy.STRESS ? 300 : 3000;
        for (int s = 0; s < steps; s++) {
            vm.step++;
            mutate(gc);
            if (gc.wantsStep()) gc.safepoint();
            assertNull(gc.trap(), () -> gc.trap().describe());
            for (long a : reachable()) assertTrue(heap.isObject(a), () -> String.format("reachable object 0x%x was freed (step %d)", a, vm.step));
        }
        // finish the cycle in progress, then one full cycle: all garbage must be gone
        gc.fullCollect();
        Set<Long> live = reachable();
        assertEquals(live.size(), heap.liveObjects(), "unreachable objects survived a full cycle");
        for (long a : live) assertTrue(heap.isObject(a));
        if (gc.sanitizer() != null) assertEquals(List.of(), gc.sanitizer().violations());
        assertTrue(gc.counters().cycles() > 0);
        assertTrue(gc.counters().freed() > 0);
    }

    private long newObject() {
        long a;
        switch (rnd.nextInt(5)) {
            case 0 -> a = heap.alloc(ObjectKind.ARRAY, arrayMeta, 1 + rnd.nextInt(6));
            case 1 -> a = heap.alloc(ObjectKind.INTERFACE_BOX, ifaceBoxMeta, 3);
            case 2 -> a = heap.alloc(ObjectKind.STRING, 0, 2);
            case 3 -> a = heap.alloc(ObjectKind.SLICE, arrayMeta, 4);
            default -> a = heap.alloc(ObjectKind.STRUCT, structMeta, 4 * (1 + rnd.nextInt(2)));
        }
        return a;
    }

    /** A reference to {@code a}: its header or, sometimes, an interior address. */
    private long refTo(long a) {
        int n = heap.payloadWords(a);
        return n > 0 && rnd.nextInt(4) == 0 ? a + 8 + 8L * rnd.nextInt(n) : a;
    }

    private void setRandomRoot(long obj) {
        long ref = obj == 0 ? 0 : refTo(obj);
        switch (rnd.nextInt(5)) {
            case 0 -> fiber.write(0, 0, GCREF, ref);
            case 1 -> fiber.write(0, 2, GCREF, ref);
            case 2 -> {
                fiber.write(0, 3, INTERFACE0, ref == 0 ? 0 : InterfaceHeader.of(9, InterfaceHeader.REF));
                fiber.write(0, 4, INTERFACE1, ref);
            }
            case 3 -> fiber.write(1, 1 + rnd.nextInt(3), GCREF, ref);
            default -> vm.globals[rnd.nextBoolean() ? 0 : 2] = ref;
        }
    }

    /** Reference word indices of an object (the mutator's own view of the formats). */
    private List<Integer> refWords(long a) {
        List<Integer> out = new ArrayList<>();
        int n = heap.payloadWords(a);
        switch (heap.kind(a)) {
            case ARRAY -> { for (int i = 0; i < n; i++) out.add(i); }
            case SLICE -> out.add(0);
            case STRUCT -> { for (int i = 0; i < n; i += 4) { out.add(i); out.add(i + 2); } }
            case INTERFACE_BOX -> { out.add(1); out.add(2); }
            default -> { }
        }
        return out;
    }

    private void mutate(Collector gc) {
        List<Long> live = new ArrayList<>(reachable());
        live.sort(null);
        int ops = 1 + rnd.nextInt(3);
        for (int k = 0; k < ops; k++) {
            int what = rnd.nextInt(10);
            if (what < 2 || live.isEmpty()) {
                long a = newObject();
                setRandomRoot(a);
                live.add(a);
            } else if (what < 4) {
                setRandomRoot(rnd.nextInt(4) == 0 ? 0 : live.get(rnd.nextInt(live.size())));
            } else {
                long parent = live.get(rnd.nextInt(live.size()));
                List<Integer> words = refWords(parent);
                if (words.isEmpty()) continue;
                int w = words.get(rnd.nextInt(words.size()));
                long child = rnd.nextInt(5) == 0 ? 0 : (rnd.nextInt(3) == 0 ? newObject() : live.get(rnd.nextInt(live.size())));
                long ref = child == 0 ? 0 : refTo(child);
                if (heap.kind(parent) == ObjectKind.INTERFACE_BOX && w == 1) {
                    heap.store(parent, 0, ref == 0 ? 0 : InterfaceHeader.of(3, InterfaceHeader.REF));
                }
                heap.store(parent, w, ref);
                gc.writeBarrier(parent + 8L * w, ref);
                if (child != 0 && !live.contains(child)) live.add(child);
            }
        }
    }

    private Set<Long> reachable() {
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Long> todo = new ArrayDeque<>();
        List<Long> roots = new ArrayList<>();
        roots.add(fiber.read(0, 0));
        roots.add(fiber.read(0, 2));
        if (InterfaceHeader.isRef(fiber.read(0, 3))) roots.add(fiber.read(0, 4));
        for (int s = 1; s <= 3; s++) roots.add(fiber.read(1, s));
        roots.add(vm.globals[0]);
        roots.add(vm.globals[2]);
        for (long r : roots) push(r, seen, todo);
        while (!todo.isEmpty()) {
            long a = todo.poll();
            if (heap.kind(a) == ObjectKind.INTERFACE_BOX) {
                if (InterfaceHeader.isRef(heap.load(a, 0))) push(heap.load(a, 1), seen, todo);
                push(heap.load(a, 2), seen, todo);
                continue;
            }
            for (int w : refWords(a)) push(heap.load(a, w), seen, todo);
        }
        return seen;
    }

    private void push(long ref, Set<Long> seen, ArrayDeque<Long> todo) {
        if (ref == 0) return;
        long a = heap.chunkStart(ref);
        assertTrue(a != 0 && !heap.isFreed(a), () -> String.format("reference 0x%x points at freed memory", ref));
        if (seen.add(a)) todo.add(a);
    }
}
