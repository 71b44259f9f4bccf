import { describe, expect, it } from 'vitest';
import { companySearch, formSdFilingList, originalLinks } from '../src/lib/domain/edgar.ts';
import { filingSchema } from '../src/schemas/report.ts';
import { sourceSchema } from '../src/schemas/common.ts';

const folder = 'https://www.sec.gov/Archives/edgar/data/1138639/000113863915000003';

describe('filingSchema', () => {
  it('accepts EDGAR addresses of the registrant’s filing', () => {
    expect(filingSchema.safeParse({ cik: '1138639', accession: '0001138639-15-000003', formUrl: `${folder}/infn-052815xsd.htm`, exhibitUrl: `${folder}/infn-052815xex101.htm` }).success).toBe(true);
  });

  it.each([
    ['an address off sec.gov', { cik: '1138639', exhibitUrl: 'https://www.infinera.com/cmr.htm' }, 'exhibitUrl', 'on www.sec.gov'],
    ['an http:// address', { cik: '1138639', formUrl: `${folder.replace('https', 'http')}/a.htm` }, 'formUrl', 'https://'],
    ['an address that is not a filed document', { cik: '1138639', formUrl: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany' }, 'formUrl', 'address of a filed document'],
    ['another filer’s document', { cik: '1234', formUrl: `${folder}/a.htm` }, 'formUrl', 'not of the registrant’s CIK 1234'],
    ['a document of another filing', { cik: '1138639', accession: '0001445305-14-002368', exhibitUrl: `${folder}/a.htm` }, 'exhibitUrl', 'not to the accession number 0001445305-14-002368'],
    ['a malformed accession number', { cik: '1138639', accession: '113863915000003' }, 'accession', 'written like'],
    ['a CIK with letters', { cik: 'INFN' }, 'cik', 'digits of the CIK'],
  ])('refuses %s', (_, input, field, message) => {
    const result = filingSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((item) => item.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});

describe('originalLinks', () => {
  const base = { registrant: 'Infinera Corporation', exhibit: '1.02' };

  it('links the documents whose addresses are recorded, and the filer’s Form SD list for the others', () => {
    expect(originalLinks({ ...base, filing: { cik: '1138639', exhibitUrl: `${folder}/x.htm` } })).toEqual([
      { document: 'Form SD', href: formSdFilingList('1138639'), exact: false },
      { document: 'Conflict Minerals Report (Exhibit 1.02)', href: `${folder}/x.htm`, exact: true },
    ]);
  });

  it('searches EDGAR by the registrant’s name when no filing is recorded', () => {
    const links = originalLinks(base);
    expect(links.map((link) => [link.href, link.exact])).toEqual([[companySearch('Infinera Corporation'), false], [companySearch('Infinera Corporation'), false]]);
    expect(new URL(links[0]?.href ?? '').hostname).toBe('www.sec.gov');
    expect(new URL(links[0]?.href ?? '').searchParams.get('company')).toBe('Infinera Corporation');
  });
});

describe('sourceSchema', () => {
  it.each([
    ['a web address', { title: 'T', seed: 's.txt', url: 'http://www.infinera.com/policy.html' }, true],
    ['the publisher’s website', { title: 'T', seed: 's.txt', publisherSite: 'https://www.juniper.net/' }, true],
    ['a javascript: address', { title: 'T', seed: 's.txt', url: 'javascript:alert(1)' }, false],
    ['a bare domain', { title: 'T', seed: 's.txt', publisherSite: 'www.juniper.net' }, false],
  ])('%s: accepted %s', (_, input, accepted) => {
    expect(sourceSchema.safeParse(input).success).toBe(accepted);
  });
});
