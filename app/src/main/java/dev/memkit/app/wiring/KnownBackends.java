package dev.memkit.app.wiring;

import dev.memkit.adapter.local.LocalStore;
import dev.memkit.adapter.maimemo.MaiMemo;
import dev.memkit.adapter.memjogger.Memjogger;
import dev.memkit.adapter.memos.Memos;
import dev.memkit.port.Backend;
import java.util.List;

/** The backends memkit knows, with what each offers and how it is configured. */
public final class KnownBackends {

  /** MaiMemo, as its adapter describes itself. */
  public static final Backend MAIMEMO = MaiMemo.descriptor();

  /** Memos, as its adapter describes itself. */
  public static final Backend MEMOS = Memos.descriptor();

  /** Memjogger, as its adapter describes itself. */
  public static final Backend MEMJOGGER = Memjogger.descriptor();

  /** The local store, as it describes itself. */
  public static final Backend LOCAL = LocalStore.descriptor();

  public static final List<Backend> ALL = List.of(LOCAL, MAIMEMO, MEMOS, MEMJOGGER);

  private KnownBackends() {}
}
