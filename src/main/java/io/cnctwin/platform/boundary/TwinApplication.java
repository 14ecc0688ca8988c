package io.cnctwin.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Static dashboard pages are served from the WAR root. */
@ApplicationPath("api/v1")
public class TwinApplication extends Application {
}
