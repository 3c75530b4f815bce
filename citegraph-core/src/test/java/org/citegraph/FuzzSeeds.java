package org.citegraph;

import java.security.SecureRandom;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The {@code -Pfuzz} profile's hook: with the system property {@value #ENABLED} set to {@code true}, every jqwik
 * property runs with a fresh random seed instead of its fixed one, and with {@value #TRIES_FACTOR} times its tries
 * (default {@value #DEFAULT_FACTOR}), so that repeated runs look for new failing cases. jqwik reports the seed of any
 * failure; this hook also prints it with the property's name, to be pinned as a regression seed. Without the
 * property (the default build) it changes nothing: {@code verify} runs the fixed seeds. Registered for all tests
 * through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class FuzzSeeds implements AroundPropertyHook {
  /** The system property that switches random seeds on. */
  public static final String ENABLED = "citegraph.fuzz";
  /** The system property multiplying every property's tries. */
  public static final String TRIES_FACTOR = "citegraph.fuzz.triesFactor";
  /** The default multiplier of tries. */
  public static final int DEFAULT_FACTOR = 10;
  /** jqwik's default number of tries, for properties that set none. */
  private static final int JQWIK_DEFAULT_TRIES = 1000;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    if (!Boolean.getBoolean(ENABLED)) {
      return property.execute();
    }
    String seed = Long.toString(RANDOM.nextLong());
    context.attributes().setSeed(seed);
    int factor = Integer.getInteger(TRIES_FACTOR, DEFAULT_FACTOR);
    int tries = context.attributes().tries().orElse(JQWIK_DEFAULT_TRIES);
    context.attributes().setTries(Math.multiplyExact(tries, factor));
    PropertyExecutionResult result = property.execute();
    if (result.status() == PropertyExecutionResult.Status.FAILED) {
      System.err.println("FUZZ FAILURE " + context.extendedLabel() + " seed = \"" + seed + "\"");
    }
    return result;
  }
}
