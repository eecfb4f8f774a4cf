package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link WabaProperties.Redis#toString()} shows where Redis is, never a credential in any form a URI may carry. */
class WabaPropertiesRedisTest {

  private static String text(String uri) {
    return new WabaProperties.Redis(uri, "{waba}:").toString();
  }

  @Test
  void plainUrisAreShownWhole() {
    assertThat(text("redis://localhost:6379")).isEqualTo("Redis{uri=redis://localhost:6379, keyPrefix={waba}:}");
    assertThat(text("redis-sentinel://host1:26379,host2:26379/0?timeout=5s#mymaster"))
        .isEqualTo("Redis{uri=redis-sentinel://host1:26379,host2:26379/0?timeout=5s#mymaster, keyPrefix={waba}:}");
  }

  @Test
  void userInfoIsMasked() {
    assertThat(text("rediss://user:s3cr3t-pw@cache.example.com:6380/2"))
        .isEqualTo("Redis{uri=rediss://***@cache.example.com:6380/2, keyPrefix={waba}:}");
    assertThat(text("redis://s3cr3t-pw@cache.example.com"))
        .isEqualTo("Redis{uri=redis://***@cache.example.com, keyPrefix={waba}:}");
  }

  @Test
  void aPasswordHoldingUnencodedAtSlashOrHashIsMaskedWhole() {
    assertThat(text("redis://user:p@ss@w0rd@cache.example.com:6379"))
        .isEqualTo("Redis{uri=redis://***@cache.example.com:6379, keyPrefix={waba}:}");
    assertThat(text("redis://:pa/ss#wo@rd@cache.example.com:6379"))
        .isEqualTo("Redis{uri=redis://***@cache.example.com:6379, keyPrefix={waba}:}");
    assertThat(text("user:p@ss@cache.example.com:6379"))
        .isEqualTo("Redis{uri=***@cache.example.com:6379, keyPrefix={waba}:}");
  }

  @Test
  void credentialsInTheQueryAreMasked() {
    assertThat(text("redis://cache.example.com:6379?password=s3cr3t-pw"))
        .isEqualTo("Redis{uri=redis://cache.example.com:6379?password=***, keyPrefix={waba}:}");
    assertThat(text("redis://cache.example.com:6379/0?timeout=5s&PASSWORD=s3cr3t-pw&clientName=bot"))
        .isEqualTo("Redis{uri=redis://cache.example.com:6379/0?timeout=5s&PASSWORD=***, keyPrefix={waba}:}");
    assertThat(text("redis-socket:///tmp/redis.sock?auth=s3cr3t-pw")).doesNotContain("s3cr3t-pw");
    assertThat(text("redis://cache.example.com?token=s3cr3t-pw&x=1")).doesNotContain("s3cr3t-pw");
    // A password with an unencoded & must not leak its tail as a "parameter".
    assertThat(text("redis://cache.example.com?password=s3cr3t&tail=pw")).doesNotContain("s3cr3t").doesNotContain("pw");
  }

  @Test
  void everyFormAtOnce() {
    String text = text("redis://user:p@ss@cache.example.com:6379?pwd=other-secret");
    assertThat(text).doesNotContain("p@ss").doesNotContain("other-secret").contains("cache.example.com:6379");
  }
}
