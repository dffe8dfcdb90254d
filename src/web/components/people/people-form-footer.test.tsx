import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { emptyProvenance, type ProvenanceDraft } from '../../editing/people/people-draft-common.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { PeopleFormFooter } from './people-form-footer.tsx';

const render = (provenance: ProvenanceDraft) =>
  renderToStaticMarkup(
    <LanguageProvider>
      <PeopleFormFooter
        ids={{ toBeSetBy: 'wf-role', document: 'wf-document', comment: 'wf-comment' }}
        document={defaultCase()}
        provenance={provenance}
        onProvenance={() => undefined}
        comment=""
        onComment={() => undefined}
        errors={[]}
        canUndo={false}
        onUndo={() => undefined}
        saving={false}
        status=""
      />
    </LanguageProvider>,
  );

describe('PeopleFormFooter', () => {
  it('starts as a placeholder, explains it and asks only for the role that ought to set the figures', () => {
    const html = render(emptyProvenance);
    expect(html).toContain('Plassholder – ikke fastsatt');
    expect(html).toContain('Flokk bruker det bare for å kunne regne');
    expect(html).toContain('Hvem bør fastsette verdien (rolle)');
    expect(html).toMatch(/<input[^>]*id="wf-role"/);
    expect(html).not.toContain('antakelse');
  });

  it('asks for the document and the place in it for a source', () => {
    const html = render({ ...emptyProvenance, mode: 'source' });
    expect(html).toContain('Velg dokument');
    expect(html).toContain('Sted i dokumentet');
    expect(html).not.toMatch(/id="wf-role"/);
  });
});
