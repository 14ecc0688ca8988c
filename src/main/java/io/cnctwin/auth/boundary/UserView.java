package io.cnctwin.auth.boundary;

import java.util.List;

public record UserView(String username, List<String> roles) {
}
