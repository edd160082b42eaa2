package io.corroborate.api;

/** Names shared by the services for calls among themselves. */
public final class Internal {

    /** Header carrying the shared internal credential on every call to ingest and analysis. */
    public static final String TOKEN_HEADER = "X-Corroborate-Internal";

    /** Base path of the calls that only services make. */
    public static final String BASE_PATH = "/internal/v1";

    private Internal() {
    }
}
