package dev.wabasdk.testkit.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its chromedriver, with a throw-away profile: what the console's
 * browser tests share. A missing browser is a failure, never a skip: {@code .ci/run} installs both packages.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts a browser; {@code arguments} are Chromium's (e.g. {@code --window-size=1280,800}). */
  static HeadlessChromium start(String... arguments) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("The console tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
          + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this when they are missing)");
    }
    Path profile = Files.createTempDirectory("console-chromium");
    List<String> all = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile));
    all.addAll(List.of(arguments));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(all);
    // The driver path is explicit, so Selenium Manager is never asked to find (or download) anything.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new HeadlessChromium(profile, new ChromeDriver(service, options));
  }

  ChromeDriver driver() {
    return driver;
  }

  /** The browser's profile directory: a place for files a test hands to the page; deleted on close. */
  Path profile() {
    return profile;
  }

  /** Quits the browser and deletes its profile. */
  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
