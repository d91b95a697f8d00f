package dev.memkit.app.wiring;

import static dev.memkit.port.Capability.DEFINITIONS;
import static dev.memkit.port.Capability.MNEMONICS;
import static dev.memkit.port.Capability.SENTENCES;
import static dev.memkit.port.Capability.STUDY_PLAN;
import static dev.memkit.port.Capability.VOCABULARY;
import static dev.memkit.port.Capability.WORD_LISTS;

import dev.memkit.adapter.local.LocalStore;
import dev.memkit.adapter.memjogger.Memjogger;
import dev.memkit.adapter.memos.Memos;
import dev.memkit.app.config.MaimemoSettings;
import dev.memkit.port.Backend;
import java.util.List;
import java.util.Set;

/** The backends memkit knows, with what each offers and how it is configured. */
public final class KnownBackends {

  public static final Backend MAIMEMO =
      new Backend(
          "maimemo",
          Set.of(VOCABULARY, DEFINITIONS, MNEMONICS, SENTENCES, WORD_LISTS, STUDY_PLAN),
          "set " + MaimemoSettings.TOKEN);

  /** Memos, as its adapter describes itself. */
  public static final Backend MEMOS = Memos.descriptor();

  /** Memjogger, as its adapter describes itself. */
  public static final Backend MEMJOGGER = Memjogger.descriptor();

  /** The local store, as it describes itself. */
  public static final Backend LOCAL = LocalStore.descriptor();

  public static final List<Backend> ALL = List.of(LOCAL, MAIMEMO, MEMOS, MEMJOGGER);

  private KnownBackends() {}
}
