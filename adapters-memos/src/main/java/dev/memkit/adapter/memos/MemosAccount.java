package dev.memkit.adapter.memos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.memkit.domain.account.ProfileChange;
import dev.memkit.domain.account.ServiceInfo;
import dev.memkit.domain.account.User;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Account;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link Account}: {@code /auth/me}, {@code /instance/profile}, {@code PATCH users/{user}}. */
final class MemosAccount implements Account {

  private final MemosHttp http;

  MemosAccount(MemosHttp http) {
    this.http = http;
  }

  /** The signed-in user's resource, as {@code /auth/me} gives it. */
  Either<Failure, JsonNode> me() {
    return http.get("/api/v1/auth/me", Map.of(), "current user").map(json -> json.path("user"));
  }

  @Override
  public Either<Failure, User> whoAmI() {
    return me().flatMap(json -> MemosJson.read(json, "user", MemosJson::user));
  }

  @Override
  public Either<Failure, ServiceInfo> serviceInfo() {
    return http.get("/api/v1/instance/profile", Map.of(), "instance profile")
        .map(
            json ->
                new ServiceInfo(
                    "memos",
                    json.path("version").asText("unknown"),
                    Option.of(json.path("instanceUrl").asText("")).filter(url -> !url.isEmpty())));
  }

  @Override
  public Either<Failure, User> updateProfile(ProfileChange change) {
    return me().flatMap(
            current -> {
              // The spec requires role, username and state in the body; the mask says what changes.
              ObjectNode body = http.object();
              body.put("name", current.path("name").asText());
              body.put("username", current.path("username").asText());
              body.put("role", current.path("role").asText("USER"));
              body.put("state", current.path("state").asText("NORMAL"));
              List<String> mask = new ArrayList<>();
              change
                  .displayName()
                  .forEach(
                      name -> {
                        body.put("displayName", name);
                        mask.add("display_name");
                      });
              change
                  .email()
                  .forEach(
                      email -> {
                        body.put("email", email);
                        mask.add("email");
                      });
              change
                  .avatar()
                  .forEach(
                      avatar -> {
                        body.put("avatarUrl", avatar.toString());
                        mask.add("avatar_url");
                      });
              return http.call(
                  "PATCH",
                  "/api/v1/" + current.path("name").asText(),
                  MemosHttp.query("updateMask", String.join(",", mask)),
                  body,
                  "user",
                  Idempotency.IDEMPOTENT);
            })
        .flatMap(json -> MemosJson.read(json, "user", MemosJson::user));
  }
}
