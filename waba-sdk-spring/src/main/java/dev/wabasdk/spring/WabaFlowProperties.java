package dev.wabasdk.spring;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code waba.flows.*} properties of the WhatsApp Flow endpoint, served when the application defines a
 * {@code FlowHandler} bean. The request signature is checked with {@code waba.app-secret}. Immutable;
 * {@link #toString()} never shows the key or its password.
 *
 * @param enabled Whether the Flow endpoint is served when there is a FlowHandler bean
 * @param path Path of the Flow endpoint (the flow's endpoint_uri points here)
 * @param privateKey PEM private key (PKCS#8, optionally encrypted) whose public key is registered for the phone
 *     number; or use private-key-file
 * @param privateKeyFile File holding the PEM private key; used when private-key is unset
 * @param privateKeyPassword Password of an encrypted private key
 * @param maxBodySize Largest request body accepted
 */
@ConfigurationProperties("waba.flows")
public record WabaFlowProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("/flows/endpoint") String path,
    @Nullable String privateKey,
    @Nullable Path privateKeyFile,
    @Nullable String privateKeyPassword,
    @DefaultValue("1MB") DataSize maxBodySize) {

  @Override
  public String toString() {
    return "WabaFlowProperties{enabled=" + enabled + ", path=" + path + ", privateKey="
        + (privateKey == null ? "unset" : "***") + ", privateKeyFile=" + privateKeyFile + ", privateKeyPassword="
        + (privateKeyPassword == null ? "unset" : "***") + ", maxBodySize=" + maxBodySize + "}";
  }
}
