package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.resource.EpollProvider;
import io.netty.channel.epoll.Epoll;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The module brings Netty's native epoll transport for Linux x86_64, and Lettuce picks it up there: where it cannot
 * load (another OS or CPU), Lettuce stays on NIO.
 */
class NativeTransportTest {

  @Test
  void lettuceUsesEpollOnLinuxX8664AndNioElsewhere() {
    boolean linuxX8664 = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")
        && System.getProperty("os.arch").matches("amd64|x86_64");
    assertThat(Epoll.isAvailable())
        .as("epoll loads on Linux x86_64 only (cause when not: %s)", Epoll.unavailabilityCause())
        .isEqualTo(linuxX8664);
    assertThat(EpollProvider.isAvailable()).isEqualTo(linuxX8664);
  }
}
