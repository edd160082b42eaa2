package io.corroborate.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A request that declares a body it never sends: for checking that a server refuses an oversized body by its
 * declared length, before reading it (a client that insisted on sending it all would meet a closed connection).
 */
public final class DeclaredBody {

    private DeclaredBody() {
    }

    /**
     * Sends only the headers of a JSON POST declaring {@code length} bytes, and a little of the body, and answers what
     * the server sent back within a few seconds (status line, headers and body as text).
     */
    public static String post(String baseUrl, String path, String apiKey, long length) throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(3_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nX-API-Key: " + apiKey
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{\"source\":\"";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The answer may come while the connection stays open for the rest of the body: read what arrives.
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(chunk)) > 0; ) {
                    answer.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // nothing more came
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends a JSON POST with no declared length ({@code Transfer-Encoding: chunked}) and streams chunks of a string
     * value until {@code bytes} have gone or the server stops reading; answers what the server sent back.
     */
    public static String postChunked(String baseUrl, String path, String apiKey, long bytes) throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(3_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nX-API-Key: " + apiKey
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] data = ("{\"source\":\"" + "x".repeat(65_536 - 11)).getBytes(StandardCharsets.US_ASCII);
            try {
                for (long sent = 0; sent < bytes; sent += data.length) {
                    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(data);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    java.util.Arrays.fill(data, (byte) 'x');
                }
                out.flush();
            } catch (IOException closed) {
                // the server stopped reading and closed: its answer, if any, is waiting
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(chunk)) > 0; ) {
                    answer.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // nothing more came
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code json} as a chunked POST in chunks of 1 KiB and answers what the server sent back. */
    public static String postChunked(String baseUrl, String path, String apiKey, String json) throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(3_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nX-API-Key: " + apiKey
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] data = json.getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < data.length; at += 1024) {
                int n = Math.min(1024, data.length - at);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(data, at, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(chunk)) > 0; ) {
                    answer.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // nothing more came
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
