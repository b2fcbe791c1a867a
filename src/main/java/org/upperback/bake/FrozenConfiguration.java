package org.upperback.bake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * A bake's configuration with the answers of its getters kept, for parsing files. JBake's parser asks
 * for the header separator for every line of every file, and each answer goes through Commons
 * Configuration's variable interpolation (a tenth of the parsing time). Settings do not change while
 * files are parsed; methods with arguments and setters go straight to the configuration.
 */
final class FrozenConfiguration {
  private FrozenConfiguration() {}

  static JBakeConfiguration of(JBakeConfiguration config) {
    Map<Method, Optional<Object>> answers = new ConcurrentHashMap<>();
    return (JBakeConfiguration) Proxy.newProxyInstance(JBakeConfiguration.class.getClassLoader(),
        new Class<?>[] {JBakeConfiguration.class}, (proxy, method, args) -> {
          boolean getter = (args == null || args.length == 0) && method.getReturnType() != void.class
              && !method.getDeclaringClass().equals(Object.class);
          if (!getter) {
            return call(config, method, args);
          }
          Optional<Object> answer = answers.get(method);
          if (answer == null) {
            answer = Optional.ofNullable(call(config, method, args));
            answers.put(method, answer);
          }
          return answer.orElse(null);
        });
  }

  private static Object call(JBakeConfiguration config, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(config, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
