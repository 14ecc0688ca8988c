package io.cnctwin.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The node's role in {@code /health}: LEADER (replays) or FOLLOWER, since when, which node leads, whether it is
 * clustered. /health is public: nodes appear by {@link ClusterNode#publicName}, never by host name and process id.
 */
@Liveness
@ApplicationScoped
public class ClusterHealth implements HealthCheck {

    @Inject
    ClusterNode node;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cluster").up().withData("role", node.role().name())
                .withData("node", ClusterNode.publicName(node.nodeName()))
                .withData("leader", String.valueOf(ClusterNode.publicName(node.leader())))
                .withData("clustered", node.clustered())
                .withData("roleSince", node.roleSince().toString()).build();
    }
}
