package dev.memkit.http;

import dev.memkit.port.Failure;
import dev.memkit.port.Origin;
import feign.FeignException;
import feign.codec.DecodeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * Turns what a transport throws (connection refused, time-outs, resets, unreadable bodies, Feign's
 * wrappers around them) into a {@link Failure} with a safe message. The message is chosen from a
 * fixed set of descriptions and never copies an exception's own text, which may hold a URL, a
 * header or a body.
 *
 * <p>No answer at all (or a broken one) is {@link Failure.Unavailable}: trying again later may
 * work. A body that cannot be decoded is {@link Failure.Unexpected}, with the HTTP status when
 * known. Anything else is {@code Unexpected} naming only the exception's class.
 */
public final class TransportFailures {

  private record Kind(Predicate<Throwable> matches, String description, boolean unavailable) {}

  /** Most specific first: a connect time-out is also a time-out, a time-out is also I/O. */
  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              HttpConnectTimeoutException.class::isInstance, "could not connect in time", true),
          new Kind(ConnectException.class::isInstance, "connection refused", true),
          new Kind(NoRouteToHostException.class::isInstance, "no route to the host", true),
          new Kind(
              t -> t instanceof HttpTimeoutException || t instanceof SocketTimeoutException,
              "no answer in time",
              true),
          new Kind(
              t -> t instanceof UnknownHostException || t instanceof UnresolvedAddressException,
              "unknown host",
              true),
          new Kind(SSLException.class::isInstance, "secure connection failed", true),
          new Kind(DecodeException.class::isInstance, "unreadable response body", false),
          new Kind(
              IOException.class::isInstance,
              "connection closed or reset before a complete answer",
              true));

  private TransportFailures() {}

  /** The failure {@code error} stands for, from {@code backend}'s point of view. */
  public static Failure of(String backend, Throwable error) {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(error, "error");
    List<Throwable> chain = chain(error);
    for (Kind kind : KINDS) {
      if (chain.stream().anyMatch(kind.matches())) {
        return kind.unavailable()
            ? new Failure.Unavailable(Origin.local(backend), kind.description())
            : new Failure.Unexpected(origin(backend, chain), kind.description());
      }
    }
    return new Failure.Unexpected(
        origin(backend, chain), "internal error (" + error.getClass().getSimpleName() + ")");
  }

  /** A safe one-phrase description of {@code error}, for a log line. */
  public static String describe(Throwable error) {
    List<Throwable> chain = chain(Objects.requireNonNull(error, "error"));
    for (Kind kind : KINDS) {
      if (chain.stream().anyMatch(kind.matches())) {
        return kind.description();
      }
    }
    return error.getClass().getSimpleName();
  }

  private static Origin origin(String backend, List<Throwable> chain) {
    for (Throwable t : chain) {
      if (t instanceof FeignException feign && feign.status() > 0) {
        return Origin.remote(backend, feign.status(), io.vavr.control.Option.none());
      }
    }
    return Origin.local(backend);
  }

  private static List<Throwable> chain(Throwable error) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
