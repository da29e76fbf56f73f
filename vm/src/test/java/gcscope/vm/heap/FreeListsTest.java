package gcscope.vm.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Exact-size free lists hand small chunks out again oldest-freed first, and only chunks of the exact size. */
class FreeListsTest {
    @Test
    void smallChunksAreReusedInTheOrderTheyWereFreed() {
        FreeLists f = new FreeLists();
        for (int i = 0; i < 100; i++) f.put(4096 + 24L * i, 3);
        for (int i = 0; i < 40; i++) assertEquals(4096 + 24L * i, f.take(3), "take " + i);
        for (int i = 100; i < 300; i++) f.put(4096 + 24L * i, 3); // grows or compacts past the taken head
        for (int i = 40; i < 300; i++) assertEquals(4096 + 24L * i, f.take(3), "take " + i);
        assertEquals(0, f.take(3));
        assertEquals(0, f.take(4), "no chunk of another size");
    }

    @Test
    void aCopyIsIndependent() {
        FreeLists f = new FreeLists();
        f.put(4096, 2);
        f.put(4112, 2);
        FreeLists g = f.copy();
        assertEquals(4096, f.take(2));
        assertEquals(4096, g.take(2));
        assertEquals(4112, g.take(2));
        assertEquals(0, g.take(2));
        assertEquals(4112, f.take(2));
    }
}
