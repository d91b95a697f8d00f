-- memkit local store, format version 2: indexes for reading a card's history (and cascading a
-- card's deletion to its reviews without a full scan), for paging through a deck's cards in id
-- order without sorting them, and for listing notes by tag and by state.

CREATE INDEX reviews_card ON reviews (card_id, id);

CREATE INDEX cards_deck ON cards (deck_id);

CREATE INDEX note_tags_tag ON note_tags (tag, note_id);

CREATE INDEX notes_state_created ON notes (state, created_at);
