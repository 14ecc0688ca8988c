package io.cnctwin.auth.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The client's address for login counting: the connection's peer, unless that peer is one of the configured trusted
 * proxies ({@code twin.http.trusted-proxies}); then the right-most {@code X-Forwarded-For} entry that is not a trusted
 * proxy itself (entries left of it were written by the client and prove nothing). Entries that are not IP addresses
 * are ignored, so a forged header cannot invent a counter key.
 */
public final class ClientAddress {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = Set.copyOf(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public String of(String peer, String forwardedFor) {
        if (!trusted.contains(peer) || forwardedFor == null) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!IP.matcher(hop).matches()) {
                return peer;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
