package org.upperback.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build step of its own, run by Maven between baking and the output check ({@code PROJECT SITE}):
 * JBake renders drafts too (as name-draft.html, handy in the preview), and the published site must
 * not hold them, so this removes the page of every content file whose status is draft.
 */
public final class RemoveDrafts {
  private RemoveDrafts() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RemoveDrafts PROJECT SITE");
    }
    for (String page : remove(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]))) {
      System.out.println("[upper-back] not published (status=draft): removed " + page);
    }
  }

  /** Removes the draft pages from {@code site}; returns them, relative to the site folder. */
  public static List<String> remove(Path project, Path site) {
    List<String> removed = new ArrayList<>();
    for (ContentFile f : ContentCheck.read(project)) {
      if (!f.fields.isEmpty() && "draft".equals(f.get("status"))) {
        String draft = f.draftPath();
        try {
          if (Files.deleteIfExists(site.resolve(draft))) {
            removed.add(draft);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return removed;
  }
}
