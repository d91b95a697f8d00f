package dev.memkit.testkit.word;

import dev.memkit.domain.word.VocId;
import dev.memkit.port.StudyPlan;
import java.util.List;

class InMemoryStudyPlanContractTest extends StudyPlanContract {

  @Override
  protected StudyPlan createStudyPlan() {
    return WordTestBackends.withStudyPlan().studyPlan();
  }

  @Override
  protected List<VocId> wordsToAdd() {
    return List.of(WordTestBackends.GRAPE.id(), WordTestBackends.HONEY.id());
  }
}
