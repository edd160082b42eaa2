package io.corroborate.api;

/** Names shared by the services for calls among themselves. */
public final class Internal {

    /** Header carrying the shared internal credential on every call to ingest and analysis. */
    public static final String TOKEN_HEADER = "X-Corroborate-Internal";

    /** Base path of the calls that only services make. */
    public static final String BASE_PATH = "/internal/v1";

    /** Most articles in one hand-off call from ingest to analysis. */
    public static final int MAX_HANDOFF_BATCH = 100;

    private Internal() {
    }
}
