package dev.memkit.port;

/** The capabilities a backend may offer; each corresponds to one port interface. */
public enum Capability {
  VOCABULARY("look up words (single and batch)"),
  DEFINITIONS("custom definitions of words"),
  MNEMONICS("mnemonics for words"),
  SENTENCES("example sentences for words"),
  WORD_LISTS("cloud word lists"),
  STUDY_PLAN("study progress, today's items, study records, adding words, advance review"),
  DECKS("decks of flashcards"),
  CARDS("flashcards"),
  CARD_IMPORTS("adding many cards at once, skipping duplicates"),
  DECK_SCHEDULERS("choosing a deck's scheduler (FSRS-6 or SM-2)"),
  REVIEW_HISTORY("the history of every review"),
  REVIEWS("grading answers and scheduling the next review"),
  FORECAST("due forecast"),
  NOTES("notes"),
  ATTACHMENTS("attachments of notes"),
  TAGS("tags with counts"),
  NOTE_SEARCH("searching notes"),
  WEBHOOKS("webhooks"),
  ACCOUNT("the signed-in account and service info");

  private final String description;

  Capability(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
