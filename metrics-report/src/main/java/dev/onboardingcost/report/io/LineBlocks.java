package dev.onboardingcost.report.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a text file of lines (of any size) in blocks of whole lines, works on the blocks on several
 * threads, and hands each block's result to a consumer on the calling thread in file order, with
 * the number of the block's first line.
 *
 * <p>A block is a few megabytes cut just after a {@code \n}; it only grows past its size when one
 * line is longer. At most {@code threads + min(threads, 4)} blocks are in flight (a few queued, so
 * the workers keep busy while the calling thread waits for a core), and their buffers are reused,
 * so memory stays flat however big the file is. A UTF-8 byte-order mark at the start of the file is
 * skipped. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as {@link
 * java.io.BufferedReader#readLine()} counts them; a last line without a line end is a line. A file
 * no bigger than one block, or a single thread, is read on the calling thread alone.
 *
 * <p>An exception of a worker or of the consumer reaches the caller (the first in file order); the
 * worker threads end before {@link #read} returns or throws.
 */
public final class LineBlocks {
  /** The default block size: 4 MiB. */
  public static final int DEFAULT_BLOCK_SIZE = 4 << 20;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int blockSize;
  private final int threads;

  /**
   * Blocks of {@code blockSize} bytes worked on by up to {@code threads} threads.
   *
   * @throws IllegalArgumentException when either is below 1
   */
  public LineBlocks(int blockSize, int threads) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("block size must be at least 1 byte, was " + blockSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.blockSize = blockSize;
    this.threads = threads;
  }

  /** Blocks of {@link #DEFAULT_BLOCK_SIZE} on as many threads as there are processors. */
  public static LineBlocks onAllProcessors() {
    return new LineBlocks(DEFAULT_BLOCK_SIZE, Runtime.getRuntime().availableProcessors());
  }

  /** Works on one block, on a worker thread; returns what the consumer gets. */
  @FunctionalInterface
  public interface Worker<R> {
    /** The result of {@code block}; it must not keep the block's bytes (they are reused). */
    R work(Block block) throws IOException;
  }

  /** Takes the blocks' results, on the calling thread, in file order. */
  @FunctionalInterface
  public interface Consumer<R> {
    /** One block's result; {@code firstLine} is the 1-based number of the block's first line. */
    void accept(R result, long firstLine) throws IOException;
  }

  /** Visits the lines of a block. */
  @FunctionalInterface
  public interface LineVisitor {
    /**
     * One line: {@code bytes[start, end)} without its line end; {@code index} is 0 for the block's
     * first line.
     */
    void line(byte[] bytes, int start, int end, int index) throws IOException;
  }

  /** Reads the lines of a block, finding where each ends. */
  @FunctionalInterface
  public interface LineReader {
    /**
     * Reads the line at {@code bytes[start]}, which ends at the first {@code \n} or {@code \r}
     * before {@code blockEnd}; returns that index, or {@code blockEnd} when there is none. {@code
     * index} is 0 for the block's first line.
     */
    int line(byte[] bytes, int start, int blockEnd, int index) throws IOException;
  }

  /**
   * Bytes {@code [start, end)} of {@link #bytes()}: whole lines of the file from byte {@link
   * #offset()}. Valid only while its worker runs.
   */
  public static final class Block {
    private final byte[] bytes;
    private final int end;
    private final long offset;
    private final int index;
    private int lines = -1;

    Block(byte[] bytes, int end, long offset, int index) {
      this.bytes = bytes;
      this.end = end;
      this.offset = offset;
      this.index = index;
    }

    /** The buffer holding the block (larger than the block; read only {@code [start, end)}). */
    public byte[] bytes() {
      return bytes;
    }

    /** Where the block starts in {@link #bytes()}: always 0. */
    public int start() {
      return 0;
    }

    /** Where the block ends in {@link #bytes()}, exclusive. */
    public int end() {
      return end;
    }

    /** The position of the block's first byte in the file. */
    public long offset() {
      return offset;
    }

    /** The block's 0-based position among the file's blocks. */
    public int index() {
      return index;
    }

    /** Calls {@code visitor} for every line of the block, in order. */
    public void forEachLine(LineVisitor visitor) throws IOException {
      int count = 0;
      int lineStart = 0;
      int i = 0;
      while ((i = ByteScan.lineEnd(bytes, i, end)) < end) {
        visitor.line(bytes, lineStart, i, count++);
        i += bytes[i] == '\r' && i + 1 < end && bytes[i + 1] == '\n' ? 2 : 1;
        lineStart = i;
      }
      if (lineStart < end) {
        visitor.line(bytes, lineStart, end, count++);
      }
      lines = count;
    }

    /**
     * Calls {@code reader} for every line of the block, in order, letting it find where each line
     * ends (while it parses the line, say): it gets the line's start and the block's end, and
     * returns the index of the line's {@code \n} or {@code \r}, or the block's end for a last line
     * without one. It must not return past a line end.
     *
     * @throws IllegalStateException when {@code reader} returns an index that is not a line end
     */
    public void forEachLineFound(LineReader reader) throws IOException {
      int count = 0;
      int i = 0;
      while (i < end) {
        int lineEnd = reader.line(bytes, i, end, count++);
        if (lineEnd < i || lineEnd > end || (lineEnd < end && !isLineEnd(bytes[lineEnd]))) {
          throw new IllegalStateException(
              "line reader returned " + lineEnd + " for the line at " + i + ": not a line end");
        }
        if (lineEnd == end) {
          break;
        }
        i =
            lineEnd
                + (bytes[lineEnd] == '\r' && lineEnd + 1 < end && bytes[lineEnd + 1] == '\n'
                    ? 2
                    : 1);
      }
      lines = count;
    }

    private static boolean isLineEnd(byte b) {
      return b == '\n' || b == '\r';
    }

    /** How many lines the block has. */
    public int lineCount() throws IOException {
      if (lines < 0) {
        forEachLine((b, s, e, i) -> {});
      }
      return lines;
    }
  }

  /**
   * Reads {@code file}: {@code worker} on each block (on up to {@code threads} threads), then
   * {@code consumer} on each result in file order, on this thread.
   *
   * @throws IOException when the file cannot be read, or as thrown by the worker or the consumer
   */
  public <R> void read(Path file, Worker<R> worker, Consumer<R> consumer) throws IOException {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(consumer, "consumer");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Cutter cutter = new Cutter(channel, blockSize);
      if (threads == 1 || channel.size() <= blockSize + UTF8_BOM.length) {
        readHere(cutter, worker, consumer);
      } else {
        readInParallel(cutter, worker, consumer);
      }
    }
  }

  private static <R> void readHere(Cutter cutter, Worker<R> worker, Consumer<R> consumer)
      throws IOException {
    long line = 1;
    byte[] buffer = null;
    for (Block block = cutter.next(buffer); block != null; block = cutter.next(buffer)) {
      buffer = block.bytes;
      R result = worker.work(block);
      consumer.accept(result, line);
      line += block.lineCount();
    }
  }

  private <R> void readInParallel(Cutter cutter, Worker<R> worker, Consumer<R> consumer)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<Done<R>>> inFlight = new ArrayDeque<>();
    Deque<byte[]> free = new ArrayDeque<>();
    try {
      long line = 1;
      for (Block block = cutter.next(free.poll()); ; block = cutter.next(free.poll())) {
        if (block != null) {
          Block submitted = block;
          inFlight.add(
              pool.submit(
                  () -> new Done<>(worker.work(submitted), submitted.lineCount(), submitted)));
        }
        if (inFlight.isEmpty()) {
          break;
        }
        if (block == null || inFlight.size() >= threads + Math.min(threads, 4)) {
          Done<R> done = await(inFlight.poll());
          consumer.accept(done.result, line);
          line += done.lines;
          free.add(done.block.bytes);
        }
      }
    } finally {
      inFlight.forEach(future -> future.cancel(true));
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  private static <R> Done<R> await(Future<Done<R>> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof UncheckedIOException) {
        throw (UncheckedIOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "line-blocks-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A worked block. */
  private static final class Done<R> {
    final R result;
    final int lines;
    final Block block;

    Done(R result, int lines, Block block) {
      this.result = result;
      this.lines = lines;
      this.block = block;
    }
  }

  /** Cuts the file into blocks of whole lines, carrying a cut line over to the next block. */
  private static final class Cutter {
    private final FileChannel channel;
    private final int blockSize;
    private long position;
    private byte[] carry = new byte[0];
    private int carried;
    private boolean eof;
    private int index;

    Cutter(FileChannel channel, int blockSize) throws IOException {
      this.channel = channel;
      this.blockSize = blockSize;
      this.position = startAfterBom(channel);
    }

    private static long startAfterBom(FileChannel channel) throws IOException {
      ByteBuffer head = ByteBuffer.allocate(UTF8_BOM.length);
      while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
        // reads up to three bytes
      }
      return Arrays.equals(head.array(), 0, head.position(), UTF8_BOM, 0, UTF8_BOM.length)
          ? UTF8_BOM.length
          : 0;
    }

    /** The next block, in {@code buffer} when it is given and big enough; null at the end. */
    Block next(byte[] buffer) throws IOException {
      if (eof && carried == 0) {
        return null;
      }
      byte[] bytes =
          buffer != null && buffer.length >= Math.max(blockSize, carried + 1)
              ? buffer
              : new byte[Math.max(blockSize, carried + 1)];
      System.arraycopy(carry, 0, bytes, 0, carried);
      long offset = position - carried;
      int filled = carried;
      int searched = carried;
      while (true) {
        filled = fill(bytes, filled);
        int cut = lastLineEnd(bytes, searched, filled);
        if (cut >= 0) {
          carried = filled - cut;
          if (carry.length < carried) {
            carry = new byte[Math.max(carried, blockSize / 4)];
          }
          System.arraycopy(bytes, cut, carry, 0, carried);
          return new Block(bytes, cut, offset, index++);
        }
        if (eof) {
          carried = 0;
          return filled == 0 ? null : new Block(bytes, filled, offset, index++);
        }
        // One line is longer than the buffer: grow it.
        searched = Math.max(searched, filled - 1); // a last \r is decided by the byte after it
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
    }

    /** Reads until {@code bytes} is full or the file ends; returns the bytes filled. */
    private int fill(byte[] bytes, int filled) throws IOException {
      ByteBuffer target = ByteBuffer.wrap(bytes, filled, bytes.length - filled);
      while (target.hasRemaining()) {
        int n = channel.read(target, position);
        if (n < 0) {
          eof = true;
          break;
        }
        position += n;
        ReadProgress.report(n);
      }
      return target.position();
    }

    /**
     * The index just after the last line end in {@code [from, to)}: a {@code \n}, or a lone {@code
     * \r} (one whose next byte is read and is no {@code \n}); or -1.
     */
    private static int lastLineEnd(byte[] bytes, int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        // a \r ends a line alone when the byte after it is read and is no \n
        if (bytes[i] == '\n' || (bytes[i] == '\r' && i + 1 < to && bytes[i + 1] != '\n')) {
          return i + 1;
        }
      }
      return -1;
    }
  }
}
