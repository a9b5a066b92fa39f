package cn.haztrail.production;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Plays the organisation's identity provider for the production profile ({@code oidc}): the nodes trust its public
 * key file and the test signs the tokens of the administrator, the parties and the regulator. Production has no
 * account table to fill: who may act for which enterprise comes from the token's claims.
 */
final class TestIdentityProvider {

    private final KeyPair key;
    private final Path publicKeyFile;

    TestIdentityProvider() throws IOException, NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.key = generator.generateKeyPair();
        this.publicKeyFile = Files.createDirectories(Path.of("target", "it-logs")).resolve("idp-"
                + UUID.randomUUID() + ".pem").toAbsolutePath();
        Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
    }

    Path publicKeyFile() {
        return publicKeyFile;
    }

    String admin() {
        return token("it-admin", "ADMIN", null, null);
    }

    String party(String role, UUID enterprise) {
        return token("it-" + role.toLowerCase() + "-" + enterprise, role, enterprise, null);
    }

    String regulator(String jurisdiction) {
        return token("it-regulator-" + jurisdiction, "REGULATOR", null, jurisdiction);
    }

    private String token(String subject, String role, UUID enterprise, String jurisdiction) {
        var claims = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2)))).claim("haztrail_role", role);
        if (enterprise != null) {
            claims.claim("enterprise_id", enterprise.toString());
        }
        if (jurisdiction != null) {
            claims.claim("jurisdiction", jurisdiction);
        }
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
