package dev.memkit.adapter.maimemo;

import dev.memkit.domain.word.VocId;
import dev.memkit.port.StudyPlan;
import dev.memkit.testkit.word.StudyPlanContract;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class MaiMemoStudyPlanContractTest extends StudyPlanContract {

  private final Emulated emulated = new Emulated().withStudyPlan();

  @Override
  protected StudyPlan createStudyPlan() {
    return emulated.maimemo().studyPlan();
  }

  @Override
  protected List<VocId> wordsToAdd() {
    return List.of(Emulated.GRAPE.id(), Emulated.HONEY.id());
  }

  @AfterEach
  void stopEmulator() {
    emulated.close();
  }
}
