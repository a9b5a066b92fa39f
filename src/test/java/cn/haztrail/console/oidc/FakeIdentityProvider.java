package cn.haztrail.console.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID provider on loopback, just enough for the authorization-code flow: discovery, an authorize endpoint that
 * signs the next person in without asking (and redirects back with code and state), a token endpoint that checks
 * the client secret and the PKCE verifier and answers an ID token echoing the nonce, the JWKS, and end-session.
 * A test may make the next ID token forged (signed with another key) or carry another nonce.
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "haztrail-console";
    static final String CLIENT_SECRET = "console-secret";
    private static final String KEY_ID = "idp-key";

    enum Tamper { NONE, FORGED_SIGNATURE, OTHER_NONCE }

    private record Grant(Map<String, Object> claims, String nonce, String redirectUri, String codeChallenge) {
    }

    private final KeyPair key = rsa();
    private final KeyPair forgerKey = rsa();
    private final HttpServer server;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final List<String> endSessions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Map<String, Object> nextPerson = Map.of();
    private volatile Tamper tamper = Tamper.NONE;

    FakeIdentityProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> json(exchange, 200, new JWKSet(
                new RSAKey.Builder((RSAPublicKey) key.getPublic()).keyID(KEY_ID).build()).toJSONObject(true)));
        server.createContext("/end-session", exchange -> {
            endSessions.add(exchange.getRequestURI().getRawQuery());
            send(exchange, 200, "text/plain", "signed out");
        });
        server.start();
    }

    String issuer() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The claims (beyond iss, aud, exp, iat, nonce) of whoever signs in next. */
    void nextPerson(Map<String, Object> claims, Tamper tamper) {
        this.nextPerson = Map.copyOf(claims);
        this.tamper = tamper;
    }

    /** The query strings the end-session endpoint was called with. */
    List<String> endSessions() {
        return endSessions;
    }

    /** An access token for the JSON API, signed with the provider's key. */
    String accessToken(Map<String, Object> claims) {
        return sign(key, claims(claims, null).audience("haztrail-api").build());
    }

    private Map<String, Object> discovery() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("end_session_endpoint", issuer() + "/end-session");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("scopes_supported", List.of("openid"));
        return metadata;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(nextPerson, query.get("nonce"), query.get("redirect_uri"),
                query.get("code_challenge")));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        send(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(body.getOrDefault("code", ""));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (grant == null || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !challenge(body.getOrDefault("code_verifier", "")).equals(grant.codeChallenge())) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String nonce = tamper == Tamper.OTHER_NONCE ? "another-nonce" : grant.nonce();
        KeyPair signer = tamper == Tamper.FORGED_SIGNATURE ? forgerKey : key;
        String idToken = sign(signer, claims(grant.claims(), nonce).audience(CLIENT_ID).build());
        json(exchange, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                "expires_in", 300, "scope", "openid", "id_token", idToken));
    }

    private JWTClaimsSet.Builder claims(Map<String, Object> claims, String nonce) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer()).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        if (nonce != null) {
            builder.claim("nonce", nonce);
        }
        return builder;
    }

    private static String sign(KeyPair signer, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        send(exchange, status, "application/json", JSONObjectUtils.toJSONString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
