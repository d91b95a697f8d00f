-- memkit local store, format version 1: decks, cards with their schedules, review history, notes.
-- Times are epoch milliseconds (UTC). Ids come from AUTOINCREMENT, so they are never reused.

CREATE TABLE decks (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  name      TEXT NOT NULL UNIQUE,
  scheduler TEXT NOT NULL CHECK (scheduler IN ('fsrs6', 'sm2'))
);

-- One row per card. The state columns rebuild every ReviewState exactly: 'fresh' and 'scheduled'
-- use due_at only, 'sm2' the sm2_ columns (easiness as exact decimal text), 'fsrs' the fsrs_ ones.
CREATE TABLE cards (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  deck_id           INTEGER NOT NULL REFERENCES decks (id) ON DELETE CASCADE,
  question          TEXT NOT NULL,
  answer            TEXT NOT NULL,
  state             TEXT NOT NULL CHECK (state IN ('fresh', 'scheduled', 'sm2', 'fsrs')),
  due_at            INTEGER NOT NULL,
  last_review_at    INTEGER,
  sm2_repetitions   INTEGER,
  sm2_easiness      TEXT,
  sm2_interval_days INTEGER,
  fsrs_phase        TEXT,
  fsrs_step         INTEGER,
  fsrs_stability    REAL,
  fsrs_difficulty   REAL,
  UNIQUE (deck_id, question, answer)
);

CREATE INDEX cards_due ON cards (due_at);

CREATE INDEX cards_deck_due ON cards (deck_id, due_at);

-- Every review, oldest first by id; states in the compact text format of ReviewStates.
CREATE TABLE reviews (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  card_id      INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  grade        INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 5),
  reviewed_at  INTEGER NOT NULL,
  state_before TEXT NOT NULL,
  state_after  TEXT NOT NULL
);

-- folded is the content in lower case (Java, Locale.ROOT), for case-insensitive search in any script.
CREATE TABLE notes (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  content    TEXT NOT NULL,
  folded     TEXT NOT NULL,
  visibility TEXT NOT NULL CHECK (visibility IN ('PRIVATE', 'PROTECTED', 'PUBLIC')),
  pinned     INTEGER NOT NULL CHECK (pinned IN (0, 1)),
  state      TEXT NOT NULL CHECK (state IN ('NORMAL', 'ARCHIVED')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- The tags found in a note's content, each once, position = order of first occurrence.
CREATE TABLE note_tags (
  note_id  INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,
  PRIMARY KEY (note_id, tag)
);
