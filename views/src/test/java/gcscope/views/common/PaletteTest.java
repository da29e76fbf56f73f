package gcscope.views.common;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Colour;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaletteTest {
    @Test
    void everySlotTypeHasItsOwnColourTintAndLabel() {
        Set<String> colours = new HashSet<>(), tints = new HashSet<>(), labels = new HashSet<>();
        for (SlotType t : SlotType.values()) {
            colours.add(Palette.slotColour(t));
            tints.add(Palette.slotTint(t));
            labels.add(Palette.slotLabel(t));
        }
        int n = SlotType.values().length;
        assertEquals(n, colours.size());
        assertEquals(n, tints.size());
        assertEquals(n, labels.size());
    }

    @Test
    void bothWhitesLookTheSameAndEveryMarkHasAShapeCue() {
        assertEquals(Palette.markFill(Colour.WHITE0), Palette.markFill(Colour.WHITE1));
        assertEquals("white", Palette.markName(Colour.WHITE1));
        Set<String> symbols = new HashSet<>();
        for (Colour c : Arrays.asList(Colour.WHITE0, Colour.GRAY, Colour.BLACK, Colour.FREED)) symbols.add(Palette.markSymbol(c));
        assertEquals(4, symbols.size(), "white, gray, black and freed are told apart without colour");
    }

    @Test
    void blackNodesGetLightText() {
        assertEquals("#FFFFFF", Palette.markText(Colour.BLACK));
        assertEquals("#111111", Palette.markText(Colour.GRAY));
    }
}
