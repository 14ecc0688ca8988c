package io.cnctwin.auth.boundary;

import java.util.List;

/** The key that signs new tokens, every key that still verifies (as in the JWKS), and whether it comes from configuration. */
public record SigningKeysView(String signingKeyId, List<String> verificationKeyIds, boolean configured) {
}
