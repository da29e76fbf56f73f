package gcscope.views.common;

import gcscope.vm.bytecode.SlotType;
import gcscope.vm.heap.Colour;

/**
 * Colours and text cues shared by every pane. Hues come from the Okabe-Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies; every colour also has a short text
 * label and a symbol, so nothing is told by colour alone.
 */
public final class Palette {
    private Palette() {
    }

    /** Strong colour of a slot type (legend chips, borders). */
    public static String slotColour(SlotType t) {
        return switch (t) {
            case VALUE -> "#999999";
            case GCREF -> "#0072B2";
            case INTERFACE0 -> "#E69F00";
            case INTERFACE1 -> "#D55E00";
            case FLOAT -> "#009E73";
        };
    }

    /** Light tint of a slot type for table cell backgrounds (dark text stays readable on it). */
    public static String slotTint(SlotType t) {
        return switch (t) {
            case VALUE -> "#EEEEEE";
            case GCREF -> "#CCE3F2";
            case INTERFACE0 -> "#FBE7BF";
            case INTERFACE1 -> "#F6D3BF";
            case FLOAT -> "#C2EBDD";
        };
    }

    /** Short text cue of a slot type. */
    public static String slotLabel(SlotType t) {
        return switch (t) {
            case VALUE -> "val";
            case GCREF -> "ref";
            case INTERFACE0 -> "if0";
            case INTERFACE1 -> "if1";
            case FLOAT -> "flt";
        };
    }

    /** Mark colour as the person thinks of it: both whites are "white". */
    public static String markName(Colour c) {
        return switch (c) {
            case WHITE0, WHITE1 -> "white";
            case GRAY -> "gray";
            case BLACK -> "black";
            case FREED -> "freed";
        };
    }

    /** Symbol drawn beside the mark colour (shape cue): empty, half, full circle; a cross for tombstones. */
    public static String markSymbol(Colour c) {
        return switch (c) {
            case WHITE0, WHITE1 -> "\u25CB";
            case GRAY -> "\u25D0";
            case BLACK -> "\u25CF";
            case FREED -> "\u2715";
        };
    }

    /** Fill of a heap node for its mark colour. */
    public static String markFill(Colour c) {
        return switch (c) {
            case WHITE0, WHITE1 -> "#FFFFFF";
            case GRAY -> "#A0A0A0";
            case BLACK -> "#222222";
            case FREED -> "#F4D6D6";
        };
    }

    /** Text colour readable on {@link #markFill(Colour)}. */
    public static String markText(Colour c) {
        return c == Colour.BLACK ? "#FFFFFF" : "#111111";
    }

    /** Style class name for a mark colour ("mark-white", "mark-gray", ...). */
    public static String markStyleClass(Colour c) {
        return "mark-" + markName(c);
    }

    /** Style class name for a slot type ("slot-gcref", ...). */
    public static String slotStyleClass(SlotType t) {
        return "slot-" + t.name().toLowerCase();
    }
}
