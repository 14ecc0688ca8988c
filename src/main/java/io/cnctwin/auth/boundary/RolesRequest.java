package io.cnctwin.auth.boundary;

import io.cnctwin.platform.entity.Role;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

public record RolesRequest(@NotEmpty(message = "must name at least one role") Set<Role> roles) {
}
