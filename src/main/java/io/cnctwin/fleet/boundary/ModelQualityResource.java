package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.ModelQuality;
import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;

/**
 * How far the twin's numbers can be trusted: the scorer's figures on the bundled fleet against its ground truth,
 * shipped with the WAR ({@code model-quality.json}, written by {@code mvn -Pmodel-quality process-classes}).
 */
@Path("model-quality")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.VIEWER)
@Tag(name = "analytics")
public class ModelQualityResource {

    static final String RESOURCE = "model-quality.json";

    // the file never changes while the WAR runs: read once
    private static volatile ModelQuality quality;

    /**
     * The detection table per fault kind (episodes, detected, delay, false alarms) and the failure probability's
     * quality per horizon with its reliability diagram (predicted against observed per bin, with counts), measured on
     * the bundled fleet; 404 when the WAR was built without them.
     */
    @GET
    @Operation(operationId = "modelQuality", summary = "Detection per fault kind and failure-probability calibration on the bundled fleet",
            description = "The scorer's figures (ScoreDetection) on data/fleet.csv.gz against its ground truth, as shipped with this build.")
    @ErrorResponses({NOT_FOUND})
    public ModelQuality quality() {
        ModelQuality loaded = quality;
        if (loaded == null) {
            loaded = load();
            quality = loaded;
        }
        return loaded;
    }

    private static ModelQuality load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream json = loader.getResourceAsStream(RESOURCE); Jsonb jsonb = JsonbBuilder.create()) {
            if (json == null) {
                throw new WebApplicationException(Problem.response(Response.Status.NOT_FOUND,
                        "This build ships no model-quality figures (" + RESOURCE + "): mvn -Pmodel-quality process-classes writes them"));
            }
            return jsonb.fromJson(json, ModelQuality.class);
        } catch (IOException e) {
            throw new IllegalStateException("reading " + RESOURCE + ": " + e.getMessage(), e);
        } catch (WebApplicationException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
