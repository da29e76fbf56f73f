package gcscope.vm.fmt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Go's internal/fmtsort key order: ints and uints numerically, strings bytewise, floats (NaN first),
 * false before true, pointers and channels by address, structs and arrays field by field, nil
 * interfaces first. Keys of different dynamic types (interface-keyed maps) are ordered by type name.
 */
final class MapOrder implements Comparator<FmtValue> {
    static final MapOrder INSTANCE = new MapOrder();

    private MapOrder() {
    }

    static List<FmtValue.Entry> sorted(List<FmtValue.Entry> entries) {
        List<FmtValue.Entry> out = new ArrayList<>(entries);
        out.sort((a, b) -> INSTANCE.compare(a.key(), b.key()));
        return out;
    }

    @Override
    public int compare(FmtValue a, FmtValue b) {
        a = unwrap(a);
        b = unwrap(b);
        boolean an = a instanceof FmtValue.NilValue;
        boolean bn = b instanceof FmtValue.NilValue;
        if (an || bn) {
            return an && bn ? 0 : an ? -1 : 1;
        }
        if (!a.type().equals(b.type()) || a.getClass() != b.getClass()) {
            int c = a.type().compareTo(b.type());
            return c != 0 ? c : a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof FmtValue.IntValue x) {
            long y = ((FmtValue.IntValue) b).value();
            return x.unsigned() ? Long.compareUnsigned(x.value(), y) : Long.compare(x.value(), y);
        } else if (a instanceof FmtValue.StringValue x) {
            return Arrays.compareUnsigned(x.bytes(), ((FmtValue.StringValue) b).bytes());
        } else if (a instanceof FmtValue.FloatValue x) {
            return floatCompare(x.value(), ((FmtValue.FloatValue) b).value());
        } else if (a instanceof FmtValue.BoolValue x) {
            return Boolean.compare(x.value(), ((FmtValue.BoolValue) b).value());
        } else if (a instanceof FmtValue.PointerValue x) {
            return Long.compareUnsigned(x.address(), ((FmtValue.PointerValue) b).address());
        } else if (a instanceof FmtValue.ChanValue x) {
            return Long.compareUnsigned(x.address(), ((FmtValue.ChanValue) b).address());
        } else if (a instanceof FmtValue.StructValue x) {
            return fields(x.fields(), ((FmtValue.StructValue) b).fields());
        } else if (a instanceof FmtValue.EnumValue x) {
            FmtValue.EnumValue y = (FmtValue.EnumValue) b;
            int c = x.variant().compareTo(y.variant());
            return c != 0 ? c : fields(x.fields(), y.fields());
        } else if (a instanceof FmtValue.ArrayValue x) {
            return elements(x.elements(), ((FmtValue.ArrayValue) b).elements());
        }
        return 0;
    }

    private int fields(List<FmtValue.Field> a, List<FmtValue.Field> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i).value(), b.get(i).value());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int elements(List<FmtValue> a, List<FmtValue> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int floatCompare(double a, double b) {
        boolean an = Double.isNaN(a);
        boolean bn = Double.isNaN(b);
        if (an || bn) {
            return an && bn ? 0 : an ? -1 : 1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    private static FmtValue unwrap(FmtValue v) {
        return v instanceof FmtValue.MethodValue m ? m.value() : v;
    }
}
