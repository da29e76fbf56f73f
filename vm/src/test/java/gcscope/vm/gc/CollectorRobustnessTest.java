package gcscope.vm.gc;

import gcscope.vm.config.GcPolicy;
import gcscope.vm.config.OnViolation;
import gcscope.vm.config.RunOptions;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.InterfaceHeader;
import gcscope.vm.heap.ObjectKind;
import gcscope.vm.layout.LayoutStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static gcscope.vm.bytecode.SlotType.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Garbage in reference words (integers, poison, misaligned and out-of-heap addresses, stale
 * references to freed objects, enum payloads written with another layout) ends in traps and
 * violations, never in a Java exception.
 */
class CollectorRobustnessTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void corruptReferencesNeverThrow(long seed) {
        Random rnd = new Random(seed);
        FakeVm vm = new FakeVm();
        int structMeta = vm.meta(GCREF, INTERFACE0, INTERFACE1, VALUE);
        LayoutStore ls = vm.layouts;
        int declared = ls.putTagUnion(ls.putTuple(LayoutStore.REF, LayoutStore.INTERFACE), LayoutStore.UNIT, ls.putTuple(LayoutStore.INT8));
        int actual = ls.putTagUnion(ls.putTuple(LayoutStore.REF, LayoutStore.REF), LayoutStore.UNIT);
        boolean sanitize = rnd.nextBoolean();
        Heap heap = new Heap(0, sanitize);
        GcPolicy policy = rnd.nextBoolean() ? GcPolicy.STRESS : GcPolicy.INCREMENTAL_STRESS;
        Collector gc = new Collector(heap, vm, vm, RunOptions.DEFAULT.withGc(policy).withSanitize(sanitize).withOnViolation(OnViolation.CONTINUE));
        FakeVm.Fiber f = vm.fiber();
        f.push(0, GCREF, GCREF, INTERFACE0, INTERFACE1, GCREF);
        List<Long> objs = new ArrayList<>();
        int traps = 0;
        for (int step = 0; step < 400; step++) {
            vm.step = step;
            long o = switch (rnd.nextInt(3)) {
                case 0 -> heap.alloc(ObjectKind.STRUCT, structMeta, 4);
                case 1 -> {
                    long e = heap.alloc(ObjectKind.ENUM, rnd.nextInt(4) == 0 ? LayoutStore.INT64 : declared, rnd.nextInt(5));
                    if (heap.payloadWords(e) > 0) heap.storeBits(e, 0, 8, garbage(rnd, heap, objs));
                    heap.witnessLayout(e, rnd.nextBoolean() ? actual : declared);
                    yield e;
                }
                default -> heap.alloc(ObjectKind.SLICE, structMeta, 4);
            };
            objs.add(o);
            if (heap.payloadWords(o) >= 3 && heap.kind(o) != ObjectKind.ENUM) {
                heap.store(o, 0, garbage(rnd, heap, objs));
                heap.store(o, 1, rnd.nextBoolean() ? InterfaceHeader.of(5, InterfaceHeader.REF) : rnd.nextLong());
                heap.store(o, 2, garbage(rnd, heap, objs));
            }
            int slot = rnd.nextInt(5);
            f.write(0, slot, GCREF, rnd.nextInt(3) == 0 ? garbage(rnd, heap, objs) : o);
            gc.writeBarrier(o, garbage(rnd, heap, objs));
            if (gc.wantsStep()) gc.safepoint();
            if (gc.takeTrap() != null) traps++;
        }
        assertTrue(traps > 0, "garbage references must trap");
        if (sanitize) assertTrue(gc.sanitizer().violationCount() > 0);
    }

    private static long garbage(Random rnd, Heap heap, List<Long> objs) {
        return switch (rnd.nextInt(9)) {
            case 0 -> rnd.nextLong();
            case 1 -> rnd.nextInt(100);
            case 2 -> Heap.POISON;
            case 3 -> heap.top() + 8L * rnd.nextInt(1000);
            case 4 -> Heap.BASE + 8L * rnd.nextInt(200) + 1 + rnd.nextInt(7);
            case 5 -> -8L * rnd.nextInt(1000);
            case 6 -> Long.MAX_VALUE - 7;
            default -> objs.isEmpty() ? 0 : objs.get(rnd.nextInt(objs.size())) + 8L * rnd.nextInt(3);
        };
    }
}
