package io.cnctwin.ingest.boundary;

import io.cnctwin.ingest.control.BatchTooLargeException;
import io.cnctwin.ingest.control.CsvIngest;
import io.cnctwin.ingest.control.IngestBatch;
import io.cnctwin.ingest.entity.IngestResult;
import io.cnctwin.pipeline.boundary.PipelineCounters;
import io.cnctwin.pipeline.boundary.PipelineGate;
import io.cnctwin.pipeline.boundary.ReadingPipeline;
import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Takes a posted body of readings (JSON or CSV) through validation and the one reading pipeline. */
@RequestScoped
public class ReadingIngest {

    /** Room for 5,000 readings at full precision, twice over. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Validator validator;
    @Inject
    PipelineGate gate;
    @Inject
    ReadingPipeline pipeline;
    @Inject
    PipelineCounters counters;
    @Inject
    @ConfigProperty(name = "twin.ingest.max-future-skew", defaultValue = "PT5M")
    Duration maxFutureSkew;

    public IngestResult json(int machineId, InputStream body) throws IOException {
        List<ReadingRequest> requests = parse(read(body));
        if (requests.size() > IngestBatch.MAX_ITEMS) {
            throw tooLarge(new BatchTooLargeException(IngestBatch.MAX_ITEMS).getMessage());
        }
        IngestBatch batch = new IngestBatch(machineId, false);
        for (int i = 0; i < requests.size(); i++) {
            ReadingRequest request = requests.get(i);
            if (request == null) {
                batch.reject(i, null, "null is not a reading");
                continue;
            }
            List<String> violations = validator.validate(request).stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).toList();
            batch.offer(i, request.timestamp(), violations, () -> request.toReading(machineId));
        }
        return run(batch);
    }

    public IngestResult csv(int machineId, InputStream body) throws IOException {
        String text = read(body);
        try {
            return run(CsvIngest.read(machineId, new BufferedReader(new StringReader(text))));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
        } catch (BatchTooLargeException e) {
            throw tooLarge(e.getMessage());
        }
    }

    private IngestResult run(IngestBatch batch) {
        batch.rejectAfter(LocalDateTime.now(Clock.systemUTC()).plus(maxFutureSkew),
                "timestamp is more than " + maxFutureSkew + " ahead of the server's clock (twin.ingest.max-future-skew)");
        List<Reading> valid = batch.valid();
        IngestResult result = valid.isEmpty() ? batch.result(List.of())
                : batch.result(gate.through(() -> pipeline.process(valid, ReadingSource.INGEST)).accepted());
        counters.rejected(ReadingSource.INGEST, result.rejected());
        return result;
    }

    static List<ReadingRequest> parse(String json) {
        String text = json.strip();
        if (text.startsWith("[")) {
            return Arrays.asList(JSON.fromJson(text, ReadingRequest[].class));
        }
        if (text.startsWith("{")) {
            return List.of(JSON.fromJson(text, ReadingRequest.class));
        }
        throw new JsonbException("expected a reading object or an array of them");
    }

    private static String read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge("The request body exceeds " + MAX_BODY_BYTES / (1024 * 1024) + " MiB; send at most "
                    + IngestBatch.MAX_ITEMS + " readings per request");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static WebApplicationException tooLarge(String detail) {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail));
    }
}
