package gcscope.vm.interp;

/** Go's malloc size classes (runtime/sizeclasses.go), used to round append's new capacity as Go does. */
final class SizeClasses {
    private static final int[] SIZES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240,
            256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
            2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
            10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
    private static final long PAGE = 8192;

    private SizeClasses() {}

    /** The allocation size Go's mallocgc uses for a request of {@code size} bytes. */
    static long roundUp(long size) {
        if (size <= 32768) {
            for (int s : SIZES) if (s >= size) return s;
        }
        return (size + PAGE - 1) / PAGE * PAGE;
    }
}
