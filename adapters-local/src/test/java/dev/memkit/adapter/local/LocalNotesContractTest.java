package dev.memkit.adapter.local;

import dev.memkit.port.Notes;
import dev.memkit.testkit.note.NotesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalNotesContractTest extends NotesContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected Notes notes() {
    return local.store().notes();
  }
}
