package io.starhash.core.mmo;

class InMemoryJournalTest extends JournalContract {

  private final InMemoryJournal journal = new InMemoryJournal();

  @Override
  protected Journal journal() {
    return journal;
  }
}
