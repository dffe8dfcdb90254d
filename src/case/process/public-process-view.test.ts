import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { publicView } from '../public-view.ts';

describe('the public view of the process', () => {
  it('leaves out baseline figures unless the owner publishes them', () => {
    const document = defaultCase();
    expect(document.publication.baselineFigures).toBe(false);
    const view = publicView(document);
    expect(view.baselineTotals).toBeUndefined();
    expect(JSON.stringify(view)).not.toContain('14800000');
    document.publication.baselineFigures = true;
    expect(JSON.stringify(publicView(document))).toContain('14800000');
  });

  it('never carries member names or the participation record', () => {
    const document = defaultCase();
    const group = document.bodies.find((b) => b.kind === 'workingGroup');
    group?.members.push({ role: 'unionRepresentative', name: 'Kari Nordmann', union: 'Fagforbundet' });
    document.participationMeetings = [
      {
        id: 'drofting-1',
        kind: 'discussion',
        date: '2026-03-02',
        topic: { nb: 'Lønn' },
        changeIds: [],
        participants: [{ role: 'unionRepresentative', name: 'Ola Nordmann' }],
      },
    ];
    const json = JSON.stringify(publicView(document));
    expect(json).not.toContain('Nordmann');
    expect(json).not.toContain('Fagforbundet');
  });
});
