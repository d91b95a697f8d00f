package dev.memkit.archfixture.adapternamed.app.cli;

import dev.memkit.archfixture.adapternamed.adapter.alpha.AlphaNotes;

/** Breaks "only the wiring names adapters": a command that builds an adapter itself. */
public final class NotesCommand {
  public String run() {
    return new AlphaNotes().get();
  }
}
