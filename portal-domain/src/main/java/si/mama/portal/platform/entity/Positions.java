package si.mama.portal.platform.entity;

import java.util.Comparator;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * Keeps ordered siblings numbered 1..n and moves one of them up or down by swapping with its neighbour. The
 * siblings' own classes say how to read and set a position, so setting it need not be public.
 */
public final class Positions {

    private Positions() {
    }

    /** The position after the last sibling. */
    public static <T> int next(List<? extends T> siblings, ToIntFunction<T> position) {
        return siblings.stream().mapToInt(position).max().orElse(0) + 1;
    }

    /** Moves {@code item} one place towards the start ({@code -1}) or the end ({@code +1}); false at the edge. */
    public static <T> boolean move(List<? extends T> siblings, T item, int direction, ToIntFunction<T> position,
                                   ObjIntConsumer<T> moveTo) {
        List<? extends T> ordered = siblings.stream().sorted(Comparator.comparingInt(position)).toList();
        int index = ordered.indexOf(item);
        int target = index + Integer.signum(direction);
        if (direction == 0 || index < 0 || target < 0 || target >= ordered.size()) {
            return false;
        }
        for (int i = 0; i < ordered.size(); i++) {
            moveTo.accept(ordered.get(i), i + 1);
        }
        moveTo.accept(ordered.get(target), index + 1);
        moveTo.accept(item, target + 1);
        return true;
    }
}
