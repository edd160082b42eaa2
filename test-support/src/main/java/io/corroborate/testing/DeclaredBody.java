package io.corroborate.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON POSTs written on a raw socket, for the body limit: one that declares a body it never sends (a server must
 * refuse an oversized body by its declared length, before reading it; a client that insisted on sending it all would
 * meet a closed connection), and chunked ones, which declare no length (a server must count as it reads).
 */
public final class DeclaredBody {

    private static final int CHUNK = 65_536;

    private DeclaredBody() {
    }

    /** What goes on the wire after the request's head. */
    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Sends only the headers of a JSON POST declaring {@code length} bytes, and a little of the body, and answers what
     * the server sent back within a few seconds (status line, headers and body as text).
     */
    public static String post(String baseUrl, String path, String apiKey, long length) throws IOException {
        return exchange(baseUrl, path, apiKey, "Content-Length: " + length, out -> write(out, "{\"source\":\""));
    }

    /**
     * Streams a chunked JSON POST of about {@code bytes} bytes (a string value that never ends) until all have gone or
     * the server stops reading, and answers what the server sent back.
     */
    public static String postChunked(String baseUrl, String path, String apiKey, long bytes) throws IOException {
        return exchange(baseUrl, path, apiKey, "Transfer-Encoding: chunked", out -> {
            byte[] data = new byte[CHUNK];
            Arrays.fill(data, (byte) 'x');
            byte[] start = "{\"source\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(start, 0, data, 0, start.length);
            try {
                for (long sent = 0; sent < bytes; sent += data.length) {
                    chunk(out, data, 0, data.length);
                    Arrays.fill(data, 0, start.length, (byte) 'x');
                }
            } catch (IOException closed) {
                // the server stopped reading and closed: its answer, if any, is waiting
            }
        });
    }

    /** Sends {@code json} as a chunked POST in chunks of 1 KiB and answers what the server sent back. */
    public static String postChunked(String baseUrl, String path, String apiKey, String json) throws IOException {
        return exchange(baseUrl, path, apiKey, "Transfer-Encoding: chunked\r\nConnection: close", out -> {
            byte[] data = json.getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < data.length; at += 1024) {
                chunk(out, data, at, Math.min(1024, data.length - at));
            }
            write(out, "0\r\n\r\n");
        });
    }

    /** One JSON POST with the given framing header(s) and body, and what the server sends back. */
    private static String exchange(String baseUrl, String path, String apiKey, String framing, Body body)
            throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            write(out, "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nX-API-Key: " + apiKey
                    + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n");
            body.write(out);
            return answer(socket);
        }
    }

    private static void chunk(OutputStream out, byte[] data, int from, int length) throws IOException {
        write(out, Integer.toHexString(length) + "\r\n");
        out.write(data, from, length);
        write(out, "\r\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What the server sends until it closes or falls silent; the answer may come while the body is still open. */
    private static String answer(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | SocketException e) {
            // nothing more came, or the server closed the connection
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
