package dev.memkit.adapter.local;

import dev.memkit.port.Notes;
import dev.memkit.port.Tags;
import dev.memkit.testkit.note.TagsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalTagsContractTest extends TagsContract {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Override
  protected Tags tags() {
    return local.store().tags();
  }

  @Override
  protected Notes notes() {
    return local.store().notes();
  }
}
