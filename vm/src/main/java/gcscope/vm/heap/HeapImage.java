package gcscope.vm.heap;

import java.util.Set;

/**
 * An immutable copy of a {@link Heap}'s whole state for checkpoints. The big arrays (heap words,
 * object-start bits, the object list) are {@link LongPages} that share unchanged pages with the image
 * they were captured against, so dense checkpoints cost memory only for what changed between them.
 * {@link Heap#restore(HeapImage)} puts the state back in place with bulk copies (no new heap arrays
 * unless the heap must grow), so one image can be restored any number of times.
 */
public final class HeapImage {
    final LongPages words;
    final LongPages startBits;
    final long top;
    final Colour allocColour;
    final FreeLists freeLists;
    final Tombstones tombstones;
    final AddressMap writtenLayouts;
    final ObjectList.Image objects;
    final long bytesInUse, totalAllocated, peakBytes, liveObjects, allocations;
    private final long ownBytes;

    HeapImage(Heap h, HeapImage base) {
        int usedWords = (int) (h.top >>> 3);
        words = LongPages.capture(h.segs, Heap.SEG_SHIFT, usedWords, base == null ? null : base.words);
        startBits = LongPages.capture(h.startBits, (usedWords + 63) >>> 6, base == null ? null : base.startBits);
        top = h.top;
        allocColour = h.allocColour();
        freeLists = h.freeLists.copy();
        tombstones = h.tombstones.copy();
        writtenLayouts = h.writtenLayouts.copy();
        objects = h.objects.image(base == null ? null : base.objects);
        bytesInUse = h.bytesInUse();
        totalAllocated = h.totalAllocated();
        peakBytes = h.peakBytes();
        liveObjects = h.liveObjects();
        allocations = h.allocations();
        ownBytes = words.ownBytes() + startBits.ownBytes() + objects.pages().ownBytes() + freeLists.bytes() + tombstones.bytes()
                + writtenLayouts.bytes() + 128;
    }

    /** Bytes this image allocated when it was captured (pages shared with its base not counted). */
    public long ownBytes() {
        return ownBytes;
    }

    /** The bytes of this image whose pages are not yet in {@code seen} (an identity set), adding them to it. */
    public long uniqueBytes(Set<Object> seen) {
        return words.addUnique(seen) + startBits.addUnique(seen) + objects.pages().addUnique(seen) + freeLists.bytes()
                + tombstones.bytes() + writtenLayouts.bytes() + 128;
    }

    /** One past the last chunk when the image was taken. */
    public long top() {
        return top;
    }
}
