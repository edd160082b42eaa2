package io.corroborate.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A GET sent with its request target exactly as given ("//api/v1/x", "/api/v1/../api/v1/x", "/%61pi/v1/x"), which
 * HTTP clients would normalise first: for checking that no spelling of a path slips past a check on it.
 */
public final class RawRequest {

    private RawRequest() {
    }

    /** The status code the server answers {@code GET target}. */
    public static int status(String baseUrl, String target) throws IOException {
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] chunk = new byte[1024];
            try {
                for (int n; answer.size() < 12 && (n = socket.getInputStream().read(chunk)) > 0; ) {
                    answer.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // nothing more came
            }
            String head = answer.toString(StandardCharsets.US_ASCII);
            if (!head.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP answer to " + target + ": " + head);
            }
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
