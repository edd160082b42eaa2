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
}
