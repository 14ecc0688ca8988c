package io.cnctwin.connect.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small PKI for TLS tests (the JDK has no X.509 generator API): a CA, a broker certificate it signed for 127.0.0.1
 * and localhost, a client certificate it signed, and a stranger's self-signed client certificate, EC P-256. Made with
 * openssl where it is installed (Debian's, as the docs' walkthrough does; milliseconds), else with the JDK's keytool,
 * which is there wherever the build runs (a JVM start per step, 10-20 s in all; {@code -Dtest.pki=keytool} chooses
 * it), its private keys read back from its PKCS#12 stores. Everything as PEM files in {@code folder}; private keys
 * as PKCS#8.
 */
public final class TestCertificates {

    private static final String PASSWORD = "changeit";
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final List<String> EC_KEY = List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes");
    private final Path folder;

    private TestCertificates(Path folder) {
        this.folder = folder;
    }

    public static TestCertificates make(Path folder) throws IOException, InterruptedException, GeneralSecurityException {
        TestCertificates pki = new TestCertificates(folder);
        if (Files.isExecutable(OPENSSL) && !"keytool".equals(System.getProperty("test.pki"))) {
            pki.withOpenssl();
            return pki;
        }
        pki.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=cnc-twin test CA", "-ext", "bc:c", "-keystore", "ca.p12");
        pki.keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.pem");
        pki.signed("broker", "CN=localhost", "san=ip:127.0.0.1,dns:localhost", "eku=serverAuth");
        pki.signed("client", "CN=cnc-twin connector", null, "eku=clientAuth");
        pki.keytool("-genkeypair", "-alias", "stranger", "-dname", "CN=stranger", "-keystore", "stranger.p12");
        pki.keytool("-exportcert", "-alias", "stranger", "-keystore", "stranger.p12", "-rfc", "-file", "stranger.pem");
        for (String name : List.of("broker", "client", "stranger")) {
            pki.exportKey(name);
        }
        return pki;
    }

    /** {@code <name>.pem} (certificate) or {@code <name>-key.pem} (private key). */
    public Path file(String name) {
        return folder.resolve(name);
    }

    public String pem(String name) throws IOException {
        return Files.readString(file(name));
    }

    /** The same PKI with openssl, as docs/connectors.md makes it (a few milliseconds a step, keytool a JVM start). */
    private void withOpenssl() throws IOException, InterruptedException {
        run(openssl("req", "-x509", "-days", "2", "-subj", "/CN=cnc-twin test CA", "-keyout", "ca-key.pem", "-out", "ca.pem",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=keyCertSign"));
        signedByOpenssl("broker", "/CN=localhost", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        signedByOpenssl("client", "/CN=cnc-twin connector", "extendedKeyUsage=clientAuth\n");
        run(openssl("req", "-x509", "-days", "2", "-subj", "/CN=stranger", "-keyout", "stranger-key.pem", "-out", "stranger.pem"));
    }

    private void signedByOpenssl(String name, String subject, String extensions) throws IOException, InterruptedException {
        run(openssl("req", "-subj", subject, "-keyout", name + "-key.pem", "-out", name + ".csr"));
        Files.writeString(folder.resolve(name + ".ext"), extensions);
        run(List.of(OPENSSL.toString(), "x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                "-CAcreateserial", "-days", "2", "-out", name + ".pem", "-extfile", name + ".ext"));
    }

    private static List<String> openssl(String... args) {
        List<String> command = new ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args).subList(0, 1));
        command.addAll(EC_KEY);
        command.addAll(List.of(args).subList(1, args.length));
        return command;
    }

    private void signed(String name, String subject, String san, String usage) throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", name, "-dname", subject, "-keystore", name + ".p12");
        keytool("-certreq", "-alias", name, "-keystore", name + ".p12", "-file", name + ".csr");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile",
                name + ".csr", "-outfile", name + ".pem", "-rfc", "-ext", usage));
        if (san != null) {
            gencert.addAll(List.of("-ext", san));
        }
        keytool(gencert.toArray(String[]::new));
    }

    private void exportKey(String name) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve(name + ".p12"))) {
            store.load(in, PASSWORD.toCharArray());
        }
        byte[] der = store.getKey(name, PASSWORD.toCharArray()).getEncoded();
        Files.writeString(folder.resolve(name + "-key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END PRIVATE KEY-----\n");
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-Xshare:auto"));
        command.addAll(List.of(args));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        }
        if (List.of(args).contains("-gencert")) {
            command.addAll(List.of("-validity", "2"));
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"));
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
