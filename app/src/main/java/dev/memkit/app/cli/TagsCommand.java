package dev.memkit.app.cli;

import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.domain.note.TagCount;
import dev.memkit.port.Tags;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code memkit tags}: the tags in use in notes, most used first. */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = "List the tags of notes that are not archived, with how many notes carry each.")
public final class TagsCommand implements Callable<Integer> {

  private final BackendChoice choice;

  @Spec CommandSpec spec;

  @Mixin BackendOption backend;

  @CommandLine.Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Inject
  TagsCommand(BackendChoice choice) {
    this.choice = choice;
  }

  @Override
  public Integer call() {
    Tags tags = Commands.port(Commands.backend(choice, backend), Tags.class);
    List<TagCount> counts = Outcomes.orExit(tags.counts());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, counts.stream().map(TagsCommand::view).toList());
      return ExitCodes.OK;
    }
    for (TagCount count : counts) {
      out.printf("%6d  #%s%n", count.count(), count.tag());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Map<String, Object> view(TagCount count) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("tag", count.tag().value());
    view.put("count", count.count());
    return view;
  }
}
