package org.upperback.support;

import java.util.Random;
import java.util.function.Function;

/**
 * Random cases from one seed, with plain JUnit and java.util.Random. The seed is printed at the
 * start of a run; {@code -Dseed=...} replays that run case for case. A failing case fails with its
 * number, the seed and what it was made of.
 */
public final class Fuzz {
  private Fuzz() {}

  /** What a case checks; it may throw anything, which fails the case. */
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  /** Makes {@code cases} inputs with {@code make} and checks each one. */
  public static <T> void run(String test, int cases, Function<Random, T> make, Check<T> check) {
    String given = System.getProperty("seed", "").trim();
    long seed = given.isEmpty() ? new Random().nextLong() : Long.parseLong(given);
    System.out.println(test + ": " + cases + " cases from seed " + seed + " (replay with -Dseed=" + seed + ")");
    Random seeds = new Random(seed);
    for (int i = 1; i <= cases; i++) {
      T input = make.apply(new Random(seeds.nextLong()));
      try {
        check.accept(input);
      } catch (Throwable e) {
        throw new AssertionError(test + ": case " + i + " of " + cases + " failed; replay with -Dseed=" + seed
            + "\ninput: " + input + "\n" + e.getMessage(), e);
      }
    }
  }
}
