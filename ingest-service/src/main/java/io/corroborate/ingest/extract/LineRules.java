package io.corroborate.ingest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises single lines or blocks of page furniture by their shape, never by the wording of one article. */
final class LineRules {

    private static final Set<String> SHARE_PREFIXES = Set.of("share this", "share on", "share post", "share:",
            "share the article", "share article", "tags:", "tags :", "tagged:", "tagged with", "tag:", "category:",
            "categories:", "filed under", "filed in", "posted in", "topics:", "topic:", "keywords:", "follow us",
            "print this", "email this", "copy link", "save article", "listen to this article");
    private static final Set<String> TEASER_PREFIXES = Set.of("read more", "read also", "also read", "read next",
            "see also", "related:", "related story:", "related article:", "more:", "recommended:", "watch:",
            "listen:", "click here", "continue reading", "read the full", "don't miss:", "don\u2019t miss:");
    // Instructions to operate the page ("Click to expand", "Tap to view comments") are short and imperative.
    private static final Set<String> UI_PREFIXES = Set.of("click to ", "tap to ", "tap here", "swipe to ", "scroll to ",
            "press to ", "hover to ");
    private static final Pattern TRAILING_COLON = Pattern.compile("[\\s:]+$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:copyright|\\(c\\)\\s?(?:19|20)\\d\\d)|\u00A9|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "x", "linkedin", "reddit", "pinterest",
            "whatsapp", "email", "e-mail", "telegram", "print", "copy", "link", "instagram", "youtube", "tiktok",
            "threads", "bluesky", "mastodon", "flipboard", "pocket", "messenger", "share", "tweet", "mail");
    private static final Set<String> META_LABELS = Set.of("tags", "tag", "category", "categories", "excerpt",
            "summary", "keywords", "topics", "filed under", "source", "sources", "share", "share this article");
    private static final Set<String> WIDGET_ERRORS = Set.of("error in retrieving data", "error loading data",
            "failed to load", "something went wrong", "loading", "loading...", "please enable javascript",
            "javascript is disabled", "no comments yet", "no comments yet...", "comments", "leave a comment",
            "show comments", "join the conversation", "advertisement", "sponsored", "ad", "skip advert",
            "story continues below advertisement", "article continues below", "scroll to continue");
    private static final Pattern IMAGE_OR_URL = Pattern.compile(
            "^(?:https?://|www\\.)\\S{1,2000}$|^\\S{1,500}\\.(?:jpe?g|png|gif|webp|svg|avif)(?:\\?\\S{0,500})?$",
            Pattern.CASE_INSENSITIVE);
    // Boilerplate talks to the reader ("you", "Subscribe now"); news sentences that merely mention a
    // newsletter or cookies do neither, so both signals are required.
    private static final Pattern BOILERPLATE = Pattern.compile(
            "\\b(?:cookies?|subscribe|subscription|subscriber|newsletter|sign up|sign in|log in|inbox|paywall|"
                    + "privacy policy|terms of use|all rights reserved)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESSES_READER = Pattern.compile(
            "\\byour?\\b|^(?:subscribe|sign up|sign in|log in|register|join|get|click|accept|manage|already|"
                    + "we use|this (?:site|website) uses|by (?:continuing|using))\\b|\u00A9|^copyright\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "^\\(?(?:photo|photograph|image|picture|illustration|video|graphic|credit)s?\\s{0,2}"
                    + "(?:credit|by|courtesy)?\\s{0,2}[:/]|^\\(?(?:photo|photograph|image|picture)s?\\s(?:by|courtesy of)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_AGENCY = Pattern.compile(
            "getty images|shutterstock|ap photo|/\\s?afp\\b|/\\s?reuters\\b", Pattern.CASE_INSENSITIVE);

    private LineRules() {
    }

    /** True for a block that is furniture on its own, wherever it appears. */
    static boolean isFurniture(String block) {
        String lower = block.toLowerCase(Locale.ROOT);
        return lower.length() < 300 && startsWithAny(lower, SHARE_PREFIXES) || isTeaserLine(lower) || isSocialList(lower)
                || IMAGE_OR_URL.matcher(block).matches() || isDateline(block) || isReadTime(block)
                || DatePatterns.RELATIVE_TIME.matcher(block).matches() || DatePatterns.TICKER_PREFIX.matcher(block).find()
                || isBoilerplate(block) || isBylineOnly(block) || isPhotoCredit(block) || isWidgetText(lower)
                || isBreadcrumbOrSiteTitle(block) || isCopyright(block) || isInstruction(lower) || isBareNumber(block);
    }

    /** "Copyright © 2024 Outlet, LLC." and "© Outlet 2024. All rights reserved." notices. */
    static boolean isCopyright(String block) {
        return block.length() < 200 && COPYRIGHT.matcher(block).find();
    }

    static boolean isInstruction(String lower) {
        return lower.length() < 60 && Texts.wordCount(lower) <= 8 && startsWithAny(lower, UI_PREFIXES);
    }

    /** A line with no letters at all ("1", "2 / 5", "***"): list ordinals, counters and separators. */
    static boolean isBareNumber(String block) {
        return block.length() <= 8 && block.chars().noneMatch(Character::isLetter);
    }

    static boolean isTeaserLine(String lower) {
        return lower.length() < 300 && startsWithAny(lower, TEASER_PREFIXES);
    }

    /** "TAGS:" or "EXCERPT:" alone on a line: the value follows on the next line. */
    static boolean isMetaLabel(String block) {
        return block.endsWith(":") && META_LABELS.contains(Texts.fold(block));
    }

    static boolean isWidgetText(String lower) {
        return lower.length() < 60 && WIDGET_ERRORS.contains(TRAILING_COLON.matcher(lower).replaceAll(""));
    }

    /** "Facebook Twitter Email", "Share on X via Email": words read one by one, so prose stops at its first word. */
    private static boolean isSocialList(String lower) {
        boolean any = false;
        int i = 0;
        while (i < lower.length()) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
                end++;
            }
            String word = Texts.fold(lower.substring(i, end));
            if (!SOCIAL.contains(word) && !word.equals("on") && !word.equals("via")) {
                return false;
            }
            any = true;
            i = end;
        }
        return any;
    }

    private static boolean isDateline(String block) {
        if (block.length() > 140 || !DatePatterns.DATE.matcher(block).find()) {
            return false;
        }
        boolean separated = block.contains("|") || block.contains("\u2022") || block.contains("\u00B7");
        return Texts.wordCount(DatePatterns.removeDatesAndTimes(block)) <= 6 && (separated || !Texts.endsSentence(block));
    }

    private static boolean isReadTime(String block) {
        return block.length() < 120 && DatePatterns.READ_TIME.matcher(block).find();
    }

    private static boolean isBoilerplate(String block) {
        return block.length() < 220 && BOILERPLATE.matcher(block).find() && ADDRESSES_READER.matcher(block).find();
    }

    static boolean isBylineOnly(String block) {
        if (block.length() > 120) {
            return false;
        }
        String lower = block.toLowerCase(Locale.ROOT);
        int start = lower.startsWith("by ") ? 3 : lower.startsWith("written by ") ? 11
                : lower.startsWith("reporting by ") ? 13 : -1;
        if (start < 0 || Texts.endsSentence(block)) {
            return false;
        }
        // "By Friday, officials had counted 3,000 ballots" is a sentence: names carry no digits once dates are gone.
        String rest = DatePatterns.removeDatesAndTimes(block.substring(start)).trim();
        return Texts.wordCount(rest) <= 8 && startsUpper(rest) && rest.chars().noneMatch(Character::isDigit);
    }

    private static boolean isPhotoCredit(String block) {
        return block.length() < 160 && (PHOTO_LABEL.matcher(block).find()
                || PHOTO_AGENCY.matcher(block).find() && !Texts.endsSentence(block));
    }

    /** "Headline | Outlet" page titles and "Home > News > World" trails. */
    private static boolean isBreadcrumbOrSiteTitle(String block) {
        if (Texts.endsSentence(block) || block.length() > 200 || block.startsWith("|")) {
            return false;
        }
        int bar = block.lastIndexOf(" | ");
        if (bar > 0 && Texts.wordCount(block.substring(bar + 3)) <= 4) {
            return true;
        }
        return (block.contains(" > ") || block.contains(" \u00BB ") || block.contains(" / "))
                && Texts.wordCount(block) <= 12;
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    static boolean startsWithAny(String lower, Set<String> prefixes) {
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
