import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conflictIdsOf } from '@/lib/conflicts';
import type { FromContent, NotesReply } from '@/lib/messages';
import { contentScript } from '@/tests/fakes/messaging';
import { startNotesService } from './notes-service';

describe('notes service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startNotesService();
  });

  // As the card asks: from a content script in a tab.
  const ask = async (paragraph: string) => {
    const msg = { type: 'get-notes', topic: 'liege-airport', paragraph, lang: 'fr' } satisfies FromContent;
    const replies = await fakeBrowser.runtime.onMessage.trigger(msg, contentScript(7));
    return (await replies.find((r) => r !== undefined)) as NotesReply;
  };

  it("reads the block's figures and sends them with the notes and every source they cite", async () => {
    const reply = await ask("L'aéroport de Liège a traité 1,2 million de tonnes de fret l'an dernier, un record selon sa direction.");
    expect(reply.figures!.flatMap((c) => c.written)).toEqual(['1,2 million de tonnes']);
    const cited = reply.figures!.flatMap((c) => c.notes.flatMap((n) => n.sources));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !reply.sources.some((s) => s.id === id))).toEqual([]);
  });

  it('sends the ids of the conflicts between sources the notes are part of, and nothing for the others', async () => {
    const reply = await ask("Le classement de l'aéroport de Liège parmi les aéroports cargo européens.");
    expect(reply.conflicts).toEqual(conflictIdsOf(reply.facts));
    expect(reply.conflicts!['lgg-european-rank']).toEqual(['lgg-european-rank-differs']);
  });

  it('sends no figures for a block without any', async () => {
    expect((await ask("L'aéroport de Liège ouvre la nuit.")).figures).toEqual([]);
  });
});
