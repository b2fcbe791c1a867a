package org.upperback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.upperback.check.CacheVersion;

/**
 * Bakes a site in-process with the same JBake the Maven plugin uses: the project's templates, assets,
 * data and jbake.properties, with the content of {@code content} (the real content/ or a fixture).
 */
public final class Bake {
  private Bake() {}

  /** The result of one bake: the output folder and JBake's own rendering errors. */
  public record Result(Path source, Path output, List<Throwable> errors) {}

  /** Copies the project (minus content/) and {@code content} into a fresh folder under target/, then bakes it. */
  public static Result site(Path content, String name, Map<String, String> settings) {
    Path source = copyProject(name);
    Bake.deleteTree(source.resolve("content"));
    copyTree(content, source.resolve("content"));
    return bake(source, source.resolveSibling("website"), settings);
  }

  /** A fresh copy of the project's site sources under target/bakes/NAME/src. */
  public static Path copyProject(String name) {
    Path work = Site.project().resolve("target/bakes").resolve(name);
    Path source = work.resolve("src");
    deleteTree(work);
    for (String part : List.of("content", "templates", "assets", "data", "jbake.properties")) {
      copyTree(Site.project().resolve(part), source.resolve(part));
    }
    return source;
  }

  public static Result bake(Path source, Path output, Map<String, String> settings) {
    try {
      DefaultJBakeConfiguration config =
          new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), output.toFile(), true);
      config.setProperty("site.url", settings.getOrDefault("site.url", Site.baseUrl()));
      settings.forEach(config::setProperty);
      Oven oven = new Oven(config);
      oven.bake();
      // As the build does after baking: the service worker's cache is named after the files.
      if (Files.isRegularFile(output.resolve("sw.js"))) {
        CacheVersion.stamp(output);
      }
      return new Result(source, output, oven.getErrors());
    } catch (Exception e) {
      throw new IllegalStateException("Baking " + source + " failed: " + e, e);
    }
  }

  public static void copyTree(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
