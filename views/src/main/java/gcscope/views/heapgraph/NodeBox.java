package gcscope.views.heapgraph;

/** Where a graph node is drawn: top-left corner and size, in graph coordinates. */
public record NodeBox(double x, double y, double width, double height) {
    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public NodeBox movedTo(double nx, double ny) {
        return new NodeBox(nx, ny, width, height);
    }
}
