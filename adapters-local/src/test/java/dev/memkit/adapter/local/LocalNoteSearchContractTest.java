package dev.memkit.adapter.local;

import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import dev.memkit.testkit.note.NoteSearchContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalNoteSearchContractTest extends NoteSearchContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected NoteSearch search() {
    return local.store().noteSearch();
  }

  @Override
  protected Notes notes() {
    return local.store().notes();
  }
}
