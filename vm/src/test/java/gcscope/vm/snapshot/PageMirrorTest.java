package gcscope.vm.snapshot;

import gcscope.vm.heap.Colour;
import gcscope.vm.heap.Heap;
import gcscope.vm.heap.ObjectKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the snapshot builder's page mirror calls "the same": equal words and start bits, colours of
 * headers aside (but not freeing); pages written with what they held are the same; a changed page
 * still lets an unchanged object on it be recognised word by word.
 */
class PageMirrorTest {
    private static final int SLOTS = 2;

    /** A heap of {@code n} two-word objects, each pointing at the one before (the first at nothing). */
    private static long[] chain(Heap heap, int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = heap.alloc(ObjectKind.STRUCT, 0, SLOTS);
            heap.store(a[i], 0, i == 0 ? 0 : a[i - 1]);
            heap.store(a[i], 1, i);
        }
        return a;
    }

    private static PageMirror mirrorOf(Heap heap) {
        PageMirror m = new PageMirror();
        m.compare(heap);
        m.commit(heap, heap.beginEpoch());
        return m;
    }

    @Test
    void aFirstImageKnowsNothingAndAnUnwrittenHeapReadsTheSame() {
        Heap heap = new Heap(0, false);
        long[] a = chain(heap, 2000);
        PageMirror m = new PageMirror();
        m.compare(heap);
        assertFalse(m.same(a[0], a[0] + 8), "nothing is known before the first image");
        m.commit(heap, heap.beginEpoch());
        m.compare(heap);
        assertTrue(m.same(a[0], a[1999] + 24), "nothing was written since");
        m.commit(heap, heap.beginEpoch());
    }

    @Test
    void colourChangesAreTheSamePayloadChangesAndFreeingAreNot() {
        Heap heap = new Heap(0, false);
        long[] a = chain(heap, 2000);
        PageMirror m = mirrorOf(heap);

        heap.setColour(a[10], Colour.BLACK);
        m.compare(heap);
        assertTrue(m.same(a[10], a[10] + 24), "a recoloured header keeps its page the same");
        m.commit(heap, heap.beginEpoch());

        heap.store(a[500], 1, 12345);
        m.compare(heap);
        assertFalse(m.same(a[500], a[500] + 24), "a written payload word changes its page");
        assertFalse(m.chunkSame(heap, a[500], SLOTS + 1), "and the object itself reads differently");
        assertTrue(m.chunkSame(heap, a[501], SLOTS + 1), "its neighbour on the same page reads as before");
        assertTrue(m.same(a[1999], a[1999] + 24), "pages far away are still the same");
        m.commit(heap, heap.beginEpoch());

        heap.free(a[1500], 1, 99);
        m.compare(heap);
        assertFalse(m.same(a[1500], a[1500] + 8), "freeing is not a colour change");
        assertFalse(m.referentSame(heap, a[1500]), "a reference to it finds a freed chunk where a live one was");
        assertTrue(m.referentSame(heap, a[1499]), "a reference to its live neighbour finds what it found");
        m.commit(heap, heap.beginEpoch());
    }

    @Test
    void aPageWrittenBackWithWhatItHeldIsTheSame() {
        Heap heap = new Heap(0, false);
        long[] a = chain(heap, 2000);
        PageMirror m = mirrorOf(heap);
        long old = heap.load(a[700], 1);
        heap.store(a[700], 1, old + 1);
        heap.store(a[700], 1, old); // written (the page is stamped), but as it was: a restore and replay do this
        m.compare(heap);
        assertTrue(m.same(a[700], a[700] + 24));
        m.commit(heap, heap.beginEpoch());
    }

    @Test
    void pagesPastThePreviousTopAreNotTheSame() {
        Heap heap = new Heap(0, false);
        chain(heap, 10);
        PageMirror m = mirrorOf(heap);
        long[] more = chain(heap, 3000);
        m.compare(heap);
        assertFalse(m.same(more[2999], more[2999] + 24), "the image never held the heap's new pages");
        assertFalse(m.referentSame(heap, more[2999]), "nor chunks on them");
        m.commit(heap, heap.beginEpoch());
        m.compare(heap);
        assertTrue(m.same(more[2999], more[2999] + 24), "after the next image it does");
        assertTrue(m.top() >= more[2999] + 24);
    }
}
