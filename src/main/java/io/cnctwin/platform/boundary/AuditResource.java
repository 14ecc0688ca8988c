package io.cnctwin.platform.boundary;

import io.cnctwin.platform.entity.AuditEntry;
import io.cnctwin.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;

/** The audit log for administrators. */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
@Tag(name = "audit")
public class AuditResource {

    @Inject
    AuditLog log;

    /**
     * Audit entries with {@code from <= occurredAt < to}, newest first, {@code limit} per page (keyset paging: pass the
     * page's {@code nextCursor} as {@code cursor}).
     */
    @GET
    @Operation(operationId = "listAuditEntries", summary = "Who changed what, newest first, one page at a time")
    @ErrorResponses({BAD_REQUEST})
    public AuditPage page(@QueryParam("from") String from, @QueryParam("to") String to, @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                          @Parameter(description = "Page size, 1 to 1000") @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be at least 1")
                          @Max(value = 1000, message = "must be at most 1000") int limit) {
        List<AuditEntry> rows = log.page(TimeParameters.utc("from", from, LocalDateTime.of(1970, 1, 1, 0, 0)),
                TimeParameters.utc("to", to, LocalDateTime.of(9999, 1, 1, 0, 0)), TimeParameters.cursor(cursor), limit + 1);
        List<AuditView> items = rows.stream().limit(limit).map(AuditView::of).toList();
        return new AuditPage(items, PageCursor.next(rows, limit, e -> new PageCursor(e.getOccurredAt(), e.getId())));
    }
}
