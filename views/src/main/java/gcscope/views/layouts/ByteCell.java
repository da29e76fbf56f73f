package gcscope.views.layouts;

/**
 * One byte of a payload byte map: its offset, the field covering it ("" for padding), the field's kind
 * ("REF", "INTERFACE", "VALUE", "FLOAT", "DISCRIMINANT", "PAD"), whether it starts the field, and whether
 * the other side of the comparison disagrees about this byte.
 */
public record ByteCell(int offset, String field, String kind, boolean fieldStart, boolean mismatch) {
}
