package io.cnctwin.connect.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificates and private keys in PEM as a connector's settings and secrets carry them (the text of a .pem/.crt or
 * .key file). A private key is PKCS#8 ({@code BEGIN PRIVATE KEY}: RSA, EC or Ed25519) or PKCS#1 RSA
 * ({@code BEGIN RSA PRIVATE KEY}); an encrypted one is refused with the command that decrypts it. Errors name the
 * setting, never the key.
 */
final class PemReader {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    // the AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, for wrapping PKCS#1
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private PemReader() {
    }

    /** The certificates of a PEM text, in order (a leaf first, then its chain); at least one. */
    static List<X509Certificate> certificates(String name, String pem) {
        try {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new InvalidSettings("setting '" + name + "' holds no certificate");
            }
            return certificates;
        } catch (CertificateException | IllegalArgumentException e) {
            if (e instanceof InvalidSettings invalid) {
                throw invalid;
            }
            throw new InvalidSettings("setting '" + name + "' is not a PEM certificate (-----BEGIN CERTIFICATE-----...)");
        }
    }

    /** The private key of a PEM text. */
    static PrivateKey privateKey(String name, String pem) {
        Matcher block = BLOCK.matcher(pem.strip());
        if (!block.find()) {
            throw new InvalidSettings("secret '" + name + "' is not a PEM private key (-----BEGIN PRIVATE KEY-----...)");
        }
        String type = block.group(1);
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(block.group(2).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettings("secret '" + name + "' is not valid PEM (its Base64 is broken)");
        }
        return switch (type) {
            case "PRIVATE KEY" -> pkcs8(name, der);
            case "RSA PRIVATE KEY" -> pkcs8(name, wrapRsa(der));
            case "ENCRYPTED PRIVATE KEY" -> throw new InvalidSettings("secret '" + name + "' is encrypted: store it"
                    + " decrypted (openssl pkcs8 -topk8 -nocrypt -in key.pem); it is encrypted at rest here");
            default -> throw new InvalidSettings("secret '" + name + "' is a PEM " + type + ", not a private key in"
                    + " PKCS#8 (convert it: openssl pkcs8 -topk8 -nocrypt -in key.pem)");
        };
    }

    private static PrivateKey pkcs8(String name, byte[] der) {
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | ClassCastException e) {
                // another algorithm
            }
        }
        throw new InvalidSettings("secret '" + name + "' is not an RSA, EC or Ed25519 private key the server can read");
    }

    /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey: SEQUENCE { INTEGER 0, rsaEncryption, OCTET STRING }. */
    private static byte[] wrapRsa(byte[] pkcs1) {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(new byte[] {0x02, 0x01, 0x00});
        info.writeBytes(RSA_ALGORITHM);
        info.writeBytes(tagged(0x04, pkcs1));
        return tagged(0x30, info.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xffff ? 3 : length > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
