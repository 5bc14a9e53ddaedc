package org.newskg.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * A response whose body is kept in memory up to a limit, for {@link CompleteAnswers}. While it is
 * held, the response counts as not committed, so that an error can still replace it; past the
 * limit it is sent and further writes go straight through. Fuseki's line for a cut body is never
 * sent: held, it marks the answer cut; streamed, it aborts the connection.
 */
final class HeldAnswer extends HttpServletResponseWrapper {
    private static final byte[] CUT_MARKER = CompleteAnswers.FUSEKI_CUT_MARKER.getBytes(StandardCharsets.US_ASCII);

    private final HttpServletRequest request;
    private final int limit;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final Body body = new Body();
    private PrintWriter writer;
    private boolean streaming;
    private boolean cut;

    HeldAnswer(HttpServletRequest request, HttpServletResponse response, int limit) {
        super(response);
        this.request = request;
        this.limit = limit;
    }

    /** Whether the body held was cut by the timeout. */
    boolean wasCut() {
        return cut;
    }

    /** Sends what is held, with its length, unless it has been streamed already. */
    void release() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (!streaming && held.size() > 0) {
            getResponse().setContentLength(held.size());
            held.writeTo(getResponse().getOutputStream());
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return body;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public boolean isCommitted() {
        return streaming && super.isCommitted();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (streaming) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        held.reset();
        if (streaming) {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        held.reset();
        super.reset();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        held.reset();
        super.sendError(sc, msg);
        // What the error handler wrote is the answer now; nothing is left to release.
        streaming = true;
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    private void write(byte[] bytes, int off, int len) throws IOException {
        if (startsWithCutMarker(bytes, off, len)) {
            cut = true;
            if (streaming) {
                ServletContextRequest.getServletContextRequest(request).getServletChannel()
                        .abort(new IOException("query cancelled by the timeout after " + limit + " bytes of its answer were sent"));
            }
            return;
        }
        if (cut) {
            return;
        }
        if (!streaming && held.size() + len > limit) {
            streaming = true;
            held.writeTo(getResponse().getOutputStream());
            held.reset();
        }
        if (streaming) {
            getResponse().getOutputStream().write(bytes, off, len);
        } else {
            held.write(bytes, off, len);
        }
    }

    private static boolean startsWithCutMarker(byte[] bytes, int off, int len) {
        return len >= CUT_MARKER.length && Arrays.equals(bytes, off, off + CUT_MARKER.length, CUT_MARKER, 0, CUT_MARKER.length);
    }

    private final class Body extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            HeldAnswer.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            HeldAnswer.this.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (streaming) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("query answers are written blocking");
        }
    }
}
