package io.corroborate.gateway.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.api.Claim;
import io.corroborate.api.Comparison;
import io.corroborate.api.Fact;
import io.corroborate.api.Page;
import io.corroborate.api.Story;
import io.corroborate.api.StorySummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Lays a comparison out as a table: facts as rows, sources as columns. Qute escapes every string it prints. */
@ApplicationScoped
public class ReportRenderer {

    /** One fact's row: a cell (possibly empty) per source column. */
    public record Row(Fact fact, List<Claim> cells) {
    }

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance story(Story story, List<String> sources, List<Row> rows);

        static native TemplateInstance index(Page<StorySummary> stories, String keyQuery);
    }

    private final ObjectMapper json;

    public ReportRenderer(ObjectMapper json) {
        this.json = json;
    }

    /** The report page as HTML. */
    public String story(Story story, String comparisonJson) {
        Comparison comparison = read(comparisonJson);
        Set<String> sources = new LinkedHashSet<>();
        story.articles().forEach(a -> sources.add(a.source()));
        comparison.facts().forEach(f -> f.claims().forEach(c -> sources.add(c.source())));
        List<String> columns = List.copyOf(sources);
        List<Row> rows = new ArrayList<>();
        for (Fact fact : comparison.facts()) {
            Map<String, Claim> bySource = new LinkedHashMap<>();
            fact.claims().forEach(c -> bySource.putIfAbsent(c.source(), c));
            rows.add(new Row(fact, columns.stream().map(bySource::get).toList()));
        }
        return Templates.story(story, columns, rows).render();
    }

    /** The stories index page as HTML. */
    public String index(Page<StorySummary> stories, String apiKey) {
        String keyQuery = apiKey == null ? "" : "?api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
        return Templates.index(stories, keyQuery).render();
    }

    private Comparison read(String comparisonJson) {
        try {
            return json.readValue(comparisonJson, Comparison.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Analysis answered a comparison that does not parse", e);
        }
    }
}
