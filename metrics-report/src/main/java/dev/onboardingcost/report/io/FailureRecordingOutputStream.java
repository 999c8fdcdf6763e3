package dev.onboardingcost.report.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An output stream that remembers the first error of the stream it writes to: some libraries (POI
 * saving a workbook) report a failed write with an exception of their own that no longer says why,
 * such as that the disk is full.
 */
public final class FailureRecordingOutputStream extends FilterOutputStream {
  private IOException failure;

  /** Writes to {@code out}. */
  public FailureRecordingOutputStream(OutputStream out) {
    super(out);
  }

  /** The first error of the underlying stream, if any. */
  public Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw record(e);
    }
  }

  private IOException record(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
