package dev.wabasdk.benchmarks;

import dev.wabasdk.AccessTokenProvider;
import dev.wabasdk.RateLimit;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Retained heap per idle tenant of a multi-tenant client, measured (not estimated): heap in use after forced GCs
 * before and after one client registers {@code tenants} number views ({@code forNumber(Tenant, RateLimit)}, each with
 * its own rate limiter and token source), divided by {@code tenants}. The baseline is what an app without views would
 * do: one {@code WhatsApp} client per number built on one shared {@code OkHttpClient}.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.wabasdk.benchmarks.HeapPerTenant [tenants]
 * [repetitions]}. Not thread-safe; a command-line tool.
 */
public final class HeapPerTenant {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final AccessTokenProvider VAULT = tenant -> "token-" + tenant.businessAccountId();

  private HeapPerTenant() {}

  public static void main(String[] args) {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    double[] views = new double[repetitions];
    double[] clients = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      views[r] = views(tenants);
      clients[r] = separateClients(tenants);
    }
    System.out.printf(Locale.ROOT, "heap per idle tenant (%,d tenants, %d repetitions)%n", tenants, repetitions);
    System.out.printf(Locale.ROOT, "  forNumber view:                 %,8.0f B ± %,.0f%n", mean(views),
        halfSpread(views));
    System.out.printf(Locale.ROOT, "  separate WhatsApp client (base): %,8.0f B ± %,.0f%n", mean(clients),
        halfSpread(clients));
  }

  /** Bytes per tenant as number views of one client. */
  static double views(int tenants) {
    long before = usedAfterGc();
    WhatsApp root = builder(new OkHttpClient(), "100000000000000", "200000000000000").build();
    for (int i = 1; i <= tenants; i++) {
      root.forNumber(new Tenant(String.valueOf(100000000000000L + i), String.valueOf(200000000000000L + i)),
          RateLimit.perSecond(80));
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(root);
    root.close();
    return (double) (after - before) / tenants;
  }

  /** Bytes per tenant as one client each, sharing one OkHttpClient. */
  static double separateClients(int tenants) {
    OkHttpClient shared = new OkHttpClient();
    long before = usedAfterGc();
    List<WhatsApp> all = new ArrayList<>(tenants);
    for (int i = 1; i <= tenants; i++) {
      all.add(builder(shared, String.valueOf(100000000000000L + i), String.valueOf(200000000000000L + i)).build());
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(all);
    Reference.reachabilityFence(shared);
    return (double) (after - before) / tenants;
  }

  private static WhatsApp.Builder builder(OkHttpClient http, String number, String waba) {
    return WhatsApp.builder().okHttpClient(http).accessTokenProvider(VAULT).phoneNumberId(number)
        .businessAccountId(waba).baseUrl("http://127.0.0.1:9/");
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double halfSpread(double[] values) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return (max - min) / 2;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
