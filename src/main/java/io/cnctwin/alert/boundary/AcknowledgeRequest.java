package io.cnctwin.alert.boundary;

import jakarta.validation.constraints.Size;

public record AcknowledgeRequest(@Size(max = 500, message = "must be at most 500 characters") String comment) {
}
