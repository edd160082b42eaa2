package io.corroborate.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.api.Comparison;
import io.corroborate.api.Problem;
import io.corroborate.api.Story;
import io.corroborate.api.StoryPage;
import io.corroborate.commons.Problems;
import io.corroborate.gateway.client.AnalysisClient;
import io.corroborate.gateway.report.ReportRenderer;
import io.corroborate.gateway.security.ApiKeyIdentityProvider;
import io.corroborate.gateway.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

/** Stories, their comparisons, and the comparison as a page a person reads. */
@Path("/api/v1/stories")
@Tag(name = "Stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    static final String VERDICT_RULES = """
            Every claim has an interval its wording allows. The digits written set the precision: "$14 billion" \
            allows 13.5–14.5 billion, "$14.3 billion" 14.25–14.35 billion, "49%" 48.5–49.5%; trailing zeros of a \
            whole number count as rounding ("9,000" allows 8,500–9,500); a fraction in words is precise to its step \
            ("three and a half hours" allows 3.25–3.75 hours). A span of time told in several units is one figure \
            in the smallest ("4 hours 51 minutes" is 291 minutes). Figures of one dimension in different units \
            compare after conversion. Hedges change the interval: "about", \
            "approximately", "around", "roughly", "an estimated" widen it by 10% of the value on each side; \
            "nearly", "almost" keep the value as the upper end; "over", "more than", "at least", "+" make it open \
            above (bound AT_LEAST), except an "over" across which something is spread ("paid over 10 years", \
            "a 9% raise over four years": exactly ten and four years); "up to", "under", "less than" make it \
            open below (bound AT_MOST). \
            The consensus is the value that the most sources' intervals contain; ties go to the most precise. \
            Each claim's agreement: EXACT (same value, unhedged), ROUNDED (unhedged, one interval holds the \
            other's value, and the two lie within a twentieth of each other — a tenth for a span of time: "$14 \
            billion" rounds $14.3 billion, "three hours" 190 minutes, but "$20 million" is no rounding of $18 \
            million), APPROXIMATE (hedged, and its interval holds the consensus; a cap more than a quarter above \
            the consensus is no hedge of it unless the consensus is itself only a floor), DIFFERENT (anything \
            else). One article stating the same fact twice counts once, at its most precise; its own conversion \
            of that figure in the same sentence ("26C (79F)") is listed beside it and weighs in the verdict. A claim \
            its sentence denies ("did not pay $15 billion", negated: true) enters no fact; an attributed one \
            ("according to Bloomberg") counts as its article's claim, its attribution shown with it. Verdict: \
            SINGLE_SOURCE with one source; CONFLICT when any claim is DIFFERENT; AGREE when every claim is EXACT, \
            or when every source writes the same figure under the same hedge ("about 60,000" twice, "around 90 \
            percent" and "about nine in ten", "at most 100" and "at most 100 homicides"; "nearly" and "about" are \
            different hedges); COMPATIBLE otherwise.""";

    private final AnalysisClient analysis;
    private final ReportRenderer reports;
    private final SecurityIdentity identity;

    public StoryResource(AnalysisClient analysis, ReportRenderer reports, SecurityIdentity identity) {
        this.analysis = analysis;
        this.reports = reports;
        this.identity = identity;
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Operation(summary = "Stories, most recent first", description = "Each with its counts of articles, sources, "
            + "facts and facts in conflict.")
    @APIResponse(responseCode = "200", description = "One page of stories",
            content = @Content(schema = @Schema(implementation = StoryPage.class)))
    public String list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        // Passed through as analysis wrote it: the gateway adds nothing to a page, so it does not parse one.
        return analysis.storiesJson(page, size);
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The stories as a page a person reads", description = "Most recent first, with counts "
            + "and a link to each story's report. Browsers may pass the key as `?api_key=` on report pages.")
    public String reportIndex(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size,
            @QueryParam("api_key") String apiKey) {
        // A key in the URL goes into the page's links only when the request was let in with it (a reader's: a
        // writer's is refused in URLs); beside a key in a header it was never checked, and never copied.
        boolean byUrl = Boolean.TRUE.equals(identity.getAttribute(ApiKeyIdentityProvider.FROM_URL));
        return reports.index(analysis.stories(page, size), byUrl ? apiKey : null);
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Path("/{id}")
    @Operation(summary = "A story with its articles")
    @APIResponse(responseCode = "200", description = "The story")
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Story get(@PathParam("id") UUID id) {
        return analysis.story(id);
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "Every fact of the story compared across its sources", description = VERDICT_RULES)
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = Comparison.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String comparison(@PathParam("id") UUID id) {
        return analysis.comparisonJson(id);
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Path("/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The comparison as a page a person reads",
            description = "Facts as rows, sources as columns, verdicts coloured, every figure with its quote.")
    public String report(@PathParam("id") UUID id) {
        return reports.story(analysis.story(id), analysis.comparisonJson(id));
    }
}
