package io.corroborate.ingest.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.corroborate.api.AnalysisBatch;
import io.corroborate.api.AnalysisBatchResult;
import io.corroborate.api.Internal;

/** Analysis-service's internal hand-off endpoint. */
@RegisterRestClient(configKey = "analysis")
@ClientHeaderParam(name = Internal.TOKEN_HEADER, value = "${corroborate.internal-token}")
@Path(Internal.BASE_PATH + "/articles/batch")
interface AnalysisApi {

    @POST
    AnalysisBatchResult analyze(AnalysisBatch batch);
}
