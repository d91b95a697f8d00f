package dev.memkit.adapter.memjogger;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import org.jspecify.annotations.Nullable;

/**
 * Every call of Memjogger's API document (2013), as Feign builds them. GET parameters go in the
 * query, everything else in a JSON body. The token is added by {@link TokenHeader}, never a
 * parameter here; a {@code null} parameter leaves its query parameter out.
 */
@Headers("Content-Type: application/json; charset=utf-8")
interface MemjoggerApi {

  @RequestLine("POST /user/login")
  Wire.Token login(Wire.Credentials credentials);

  @RequestLine("GET /cardset?client_date={clientDate}")
  @Headers("Accept: application/json")
  Wire.CardSets cardSets(@Param("clientDate") String clientDate);

  @RequestLine("GET /cardset/{id}?client_date={clientDate}")
  @Headers("Accept: application/json")
  Wire.CardSetEnvelope cardSet(@Param("id") long id, @Param("clientDate") String clientDate);

  @RequestLine("POST /cardset")
  Wire.Created createCardSet(Wire.Name name);

  @RequestLine("PUT /cardset/{id}")
  void updateCardSet(@Param("id") long id, Wire.Name name);

  @RequestLine("DELETE /cardset/{id}")
  void deleteCardSet(@Param("id") long id);

  @RequestLine("GET /cardset/{id}/cards?l={l}&p={p}&client_date={clientDate}")
  @Headers("Accept: application/json")
  Wire.CardPage cards(
      @Param("id") long id,
      @Param("l") int limit,
      @Param("p") int page,
      @Param("clientDate") @Nullable String clientDate);

  @RequestLine("GET /cardset/{id}/cards?export={format}&l={l}&p={p}")
  @Headers("Accept: text/csv, application/xml, text/xml, */*")
  Wire.Text export(
      @Param("id") long id,
      @Param("format") String format,
      @Param("l") int limit,
      @Param("p") int page);

  @RequestLine("GET /card/{id}")
  @Headers("Accept: application/json")
  Wire.CardEnvelope card(@Param("id") long id);

  @RequestLine("POST /cardset/{id}/cards")
  Wire.CreatedCard createCard(@Param("id") long cardSet, Wire.NewCard card);

  @RequestLine("PUT /card/{id}")
  void updateCard(@Param("id") long id, Wire.Content content);

  @RequestLine("DELETE /card/{id}")
  void deleteCard(@Param("id") long id);

  @RequestLine("POST /card/{id}/mark")
  Wire.NextExam mark(@Param("id") long id, Wire.Mark mark);
}
