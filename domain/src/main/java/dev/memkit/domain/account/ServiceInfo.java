package dev.memkit.domain.account;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a backend says about itself: its name ({@code memos}, {@code local}), its version as it
 * reports it ({@code 0.30.0}), and a description when it has one.
 */
public record ServiceInfo(String backend, String version, Option<String> description) {

  public ServiceInfo {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
  }
}
