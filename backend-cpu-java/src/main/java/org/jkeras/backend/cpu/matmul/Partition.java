package org.jkeras.backend.cpu.matmul;

/**
 * Splits the rows or the columns of C into contiguous shares for the threads, each a whole number
 * of register tiles so that no tile is split between two threads.
 */
final class Partition {

    /** Whether the shares split rows (else columns). */
    final boolean byRows;

    /** The number of shares, at most the threads asked for. */
    final int shares;

    private final int extent;
    private final int tilesPerShare;
    private final int extraTiles;
    private final int tile;

    private Partition(boolean byRows, int extent, int tile, int threads) {
        int tiles = (extent + tile - 1) / tile;
        this.byRows = byRows;
        this.extent = extent;
        this.tile = tile;
        this.shares = Math.max(1, Math.min(threads, tiles));
        this.tilesPerShare = tiles / shares;
        this.extraTiles = tiles % shares;
    }

    /**
     * Splits whichever of the rows ({@code rowTile} at a time) and columns ({@code columnTile} at a
     * time) has more tiles.
     */
    static Partition of(int m, int n, int rowTile, int columnTile, int threads) {
        int rowTiles = (m + rowTile - 1) / rowTile;
        int columnTiles = (n + columnTile - 1) / columnTile;
        if (rowTiles >= columnTiles) {
            return new Partition(true, m, rowTile, threads);
        }
        return new Partition(false, n, columnTile, threads);
    }

    /** Computes rows {@code [rowStart, rowEnd)} by columns {@code [colStart, colEnd)} of C. */
    @FunctionalInterface
    interface Region {
        void compute(Problem problem, int rowStart, int rowEnd, int colStart, int colEnd);
    }

    /**
     * Splits C of {@code problem} across up to {@code threads} threads and computes each share with
     * {@code region}, returning when all are done.
     */
    static void run(Problem problem, int rowTile, int columnTile, int threads, Region region) {
        Partition partition = of(problem.m, problem.n, rowTile, columnTile, threads);
        GemmThreads.runShares(
                partition.shares,
                share -> {
                    int start = partition.start(share);
                    int end = partition.end(share);
                    if (partition.byRows) {
                        region.compute(problem, start, end, 0, problem.n);
                    } else {
                        region.compute(problem, 0, problem.m, start, end);
                    }
                });
    }

    /** The first row or column of a share. */
    int start(int share) {
        int tiles = share * tilesPerShare + Math.min(share, extraTiles);
        return Math.min(extent, tiles * tile);
    }

    /** One past the last row or column of a share. */
    int end(int share) {
        return start(share + 1);
    }
}
