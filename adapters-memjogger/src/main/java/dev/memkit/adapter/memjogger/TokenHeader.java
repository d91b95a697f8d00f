package dev.memkit.adapter.memjogger;

import dev.memkit.port.Secret;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * Adds {@code X-Memjogger-Token} to the requests a call makes: the token that call runs with, set
 * for the duration of the call on the calling thread (Feign calls interceptors on the thread that
 * calls it). The header is the only place the token goes: never the query string, which ends up in
 * logs and proxies.
 */
final class TokenHeader implements RequestInterceptor {

  static final String NAME = "X-Memjogger-Token";

  private final ThreadLocal<Secret> current = new ThreadLocal<>();

  /** Runs {@code call} with {@code token} in the header of its requests (none: no header). */
  <T> T with(Option<Secret> token, Supplier<T> call) {
    Secret previous = current.get();
    token.peek(current::set).onEmpty(current::remove);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        current.remove();
      } else {
        current.set(previous);
      }
    }
  }

  @Override
  public void apply(RequestTemplate template) {
    Secret token = current.get();
    if (token != null) {
      template.header(NAME, token.reveal());
    }
  }
}
