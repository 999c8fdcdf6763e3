package dev.onboardingcost.report.io;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBlocksTest {
  @TempDir Path dir;

  /** Every line as "number:text", read by LineBlocks. */
  private List<String> linesOf(byte[] content, int blockSize, int threads) throws IOException {
    List<String> visited = linesOf(content, blockSize, threads, false);
    then(linesOf(content, blockSize, threads, true))
        .as("lines found by the reader")
        .isEqualTo(visited);
    return visited;
  }

  private List<String> linesOf(byte[] content, int blockSize, int threads, boolean found)
      throws IOException {
    Path file = dir.resolve("lines.txt");
    Files.write(file, content);
    List<String> seen = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    new LineBlocks(blockSize, threads)
        .read(
            file,
            block -> {
              List<String> lines = new ArrayList<>();
              if (found) {
                block.forEachLineFound(
                    (bytes, start, blockEnd, index) -> {
                      int end = ByteScan.lineEnd(bytes, start, blockEnd);
                      lines.add(index + ":" + new String(bytes, start, end - start, "UTF-8"));
                      return end;
                    });
              } else {
                block.forEachLine(
                    (bytes, start, end, index) ->
                        lines.add(index + ":" + new String(bytes, start, end - start, "UTF-8")));
              }
              lines.add("#" + block.index());
              return lines;
            },
            (lines, firstLine) -> {
              for (String line : lines) {
                if (line.startsWith("#")) {
                  order.add(Integer.parseInt(line.substring(1)));
                } else {
                  int colon = line.indexOf(':');
                  seen.add(
                      (firstLine + Integer.parseInt(line.substring(0, colon)))
                          + line.substring(colon));
                }
              }
            });
    for (int i = 0; i < order.size(); i++) {
      then(order.get(i)).as("blocks in file order").isEqualTo(i);
    }
    return seen;
  }

  /** The same, by BufferedReader.readLine (the reference for line numbers). */
  private static List<String> reference(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(new StringReader(text));
    long number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(++number + ":" + line);
    }
    return lines;
  }

  @ParameterizedTest(name = "block of {0} bytes on {1} threads")
  @CsvSource({"1, 1", "1, 3", "7, 2", "16, 2", "64, 4", "4194304, 2"})
  void numbers_lines_as_readLine_does_whatever_the_block_size(int blockSize, int threads)
      throws IOException {
    // GIVEN random lines with LF, CRLF, lone CR, empty lines and no final line end
    Random random = new Random(blockSize * 31L + threads);
    for (int round = 0; round < 20; round++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(200);
      for (int i = 0; i < lines; i++) {
        text.append("é-line ".repeat(random.nextInt(4))).append(i);
        text.append(List.of("\n", "\r\n", "\r", "\n\n").get(random.nextInt(4)));
      }
      if (random.nextBoolean()) {
        text.append("last without a line end");
      }
      // WHEN LineBlocks reads it
      List<String> seen =
          linesOf(text.toString().getBytes(StandardCharsets.UTF_8), blockSize, threads);
      // THEN the lines and their numbers are those of BufferedReader, in order
      then(seen).isEqualTo(reference(text.toString()));
    }
  }

  @Test
  void cuts_a_file_of_lone_cr_line_ends_into_blocks_of_the_block_size() throws IOException {
    // GIVEN 1000 lines of 5 bytes ending in a lone CR (old Mac files)
    Path file = dir.resolve("cr.txt");
    Files.writeString(file, "line\r".repeat(1000));
    List<Integer> sizes = new ArrayList<>();
    List<Long> firstLines = new ArrayList<>();
    // WHEN it is read in blocks of 64 bytes
    new LineBlocks(64, 2)
        .read(
            file,
            block -> block.end() - block.start(),
            (size, firstLine) -> {
              sizes.add(size);
              firstLines.add(firstLine);
            });
    // THEN no block outgrows 64 bytes (memory stays flat), and every line is counted once
    then(sizes).hasSizeGreaterThan(70).allSatisfy(size -> then(size).isLessThanOrEqualTo(64));
    then(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5000);
    then(firstLines.get(1)).isEqualTo(1L + sizes.get(0) / 5);
  }

  @Test
  void skips_a_utf8_byte_order_mark_and_reads_crlf() throws IOException {
    // GIVEN a file with a BOM and CRLF line ends
    byte[] content = "\uFEFFa,b\r\nc,d\r\n".getBytes(StandardCharsets.UTF_8);
    // WHEN / THEN
    then(linesOf(content, 4, 2)).containsExactly("1:a,b", "2:c,d");
    then(linesOf(content, 1 << 20, 2)).containsExactly("1:a,b", "2:c,d");
  }

  @Test
  void reads_an_empty_file_and_a_file_of_only_a_bom() throws IOException {
    then(linesOf(new byte[0], 8, 2)).isEmpty();
    then(linesOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 8, 2)).isEmpty();
  }

  @Test
  void reads_a_last_line_without_a_line_end_and_lines_longer_than_a_block() throws IOException {
    String text = "short\n" + "x".repeat(100) + "\nend";
    then(linesOf(text.getBytes(StandardCharsets.UTF_8), 8, 2))
        .containsExactly("1:short", "2:" + "x".repeat(100), "3:end");
  }

  @Test
  void gives_workers_the_offset_of_each_block_in_the_file() throws IOException {
    // GIVEN a file with a BOM and lines of 4 bytes
    Path file = dir.resolve("offsets.txt");
    Files.write(file, "\uFEFFaaa\nbbb\nccc\n".getBytes(StandardCharsets.UTF_8));
    List<Long> offsets = new ArrayList<>();
    // WHEN it is read in blocks of one line
    new LineBlocks(4, 2).read(file, block -> block.offset(), (offset, line) -> offsets.add(offset));
    // THEN the offsets count the BOM
    then(offsets).containsExactly(3L, 7L, 11L);
  }

  @Test
  void passes_a_worker_exception_to_the_caller_and_leaves_no_thread() throws Exception {
    // GIVEN many blocks, of which the fifth fails in its worker
    // WHEN
    Throwable thrown =
        thrownReadingManyBlocks(
            block -> {
              if (block.index() == 4) {
                throw new IOException("block 4 is bad");
              }
              return block.index();
            },
            (index, line) -> {});
    // THEN the caller gets the worker's exception, and the workers are gone
    then(thrown).isInstanceOf(IOException.class).hasMessage("block 4 is bad");
    then(liveWorkerThreads()).isZero();
  }

  @Test
  void passes_a_consumer_exception_to_the_caller_and_leaves_no_thread() throws Exception {
    // GIVEN many blocks, of which the consumer refuses the fourth
    // WHEN
    Throwable thrown =
        thrownReadingManyBlocks(
            LineBlocks.Block::index,
            (index, line) -> {
              if (index == 3) {
                throw new IllegalStateException("consumer stops at 3");
              }
            });
    // THEN the caller gets the consumer's exception, and the workers are gone
    then(thrown).isInstanceOf(IllegalStateException.class).hasMessage("consumer stops at 3");
    then(liveWorkerThreads()).isZero();
  }

  /** What reading 1000 short lines in blocks of 50 bytes on 2 threads throws (null: nothing). */
  private Throwable thrownReadingManyBlocks(
      LineBlocks.Worker<Integer> worker, LineBlocks.Consumer<Integer> consumer) throws IOException {
    Path file = dir.resolve("many.txt");
    Files.writeString(file, "line\n".repeat(1000));
    return catchThrowable(() -> new LineBlocks(50, 2).read(file, worker, consumer));
  }

  @Test
  void refuses_a_line_reader_that_returns_no_line_end() throws IOException {
    Path file = dir.resolve("wrong.txt");
    Files.writeString(file, "abc\ndef\n");
    Throwable thrown =
        catchThrowable(
            () ->
                new LineBlocks(1024, 1)
                    .read(
                        file,
                        block -> {
                          block.forEachLineFound((bytes, start, blockEnd, index) -> start + 1);
                          return 0;
                        },
                        (result, line) -> {}));
    then(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("not a line end");
  }

  @Test
  void rejects_a_block_size_or_thread_count_below_one() {
    then(catchThrowable(() -> new LineBlocks(0, 1))).isInstanceOf(IllegalArgumentException.class);
    then(catchThrowable(() -> new LineBlocks(1, 0))).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Counts the worker threads still alive after giving each up to ten seconds to end. A pool is
   * terminated a moment before its last thread has returned, so the threads are joined first.
   */
  private static long liveWorkerThreads() throws InterruptedException {
    List<Thread> workers =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("line-blocks-"))
            .toList();
    for (Thread worker : workers) {
      worker.join(10_000);
    }
    return workers.stream().filter(Thread::isAlive).count();
  }
}
