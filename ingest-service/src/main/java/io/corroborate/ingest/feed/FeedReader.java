package io.corroborate.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** Reads RSS 0.9x/1.0/2.0 and Atom with ROME (DOCTYPEs refused, so no entity expansion); at most 500 entries. */
public final class FeedReader {

    private static final int MAX_ENTRIES = 500;

    /** Thrown when the bytes are not a feed. */
    public static final class NotAFeedException extends Exception {
        public NotAFeedException(String message) {
            super(message);
        }
    }

    public List<FeedItem> read(byte[] xml, String contentType) throws NotAFeedException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw new NotAFeedException("Not a readable RSS or Atom feed");
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() == MAX_ENTRIES) {
                break;
            }
            String link = entry.getLink();
            String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
            if (key != null && !key.isBlank()) {
                items.add(new FeedItem(clip(key), link, entry.getTitle(), time(entry), content(entry)));
            }
        }
        return items;
    }

    private static OffsetDateTime time(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String content(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            html.append(content.getValue() == null ? "" : content.getValue());
        }
        if (html.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.length() == 0 ? null : html.toString();
    }

    private static String clip(String key) {
        return key.length() <= 2048 ? key : key.substring(0, 2048);
    }
}
