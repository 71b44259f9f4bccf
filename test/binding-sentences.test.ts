import { describe, expect, it } from 'vitest';
import { aboutCompany, bindingPhrase, closingLeadIn, companyNames, isLeadIn, judgeClause, onlyLegalConstructions, softWord, splitSentences, textBlocks } from '../src/lib/domain/binding-sentences.ts';

const infinera = { name: 'Infinera' };
const juniper = { name: 'Juniper Networks' };

describe('bindingPhrase: a sentence binds on its own', () => {
  it.each([
    ['Partner must comply with all applicable wage and hour laws.', 'must'],
    ['Partner shall respect internationally proclaimed human rights.', 'shall'],
    ['This Code is required to be applied by Partners to their subcontractors.', 'is required to'],
    ['Partners are required to keep records.', 'are required to'],
    ['Partner will not require employees to work more than any limits.', 'will not'],
    ['You may not offer employment to government employees.', 'may not'],
    ['Partners cannot employ anyone under the age of 15.', 'cannot'],
    ['Partners are to comply with privacy laws.', 'are to'],
    ['Partners and its employees are not permitted to use Inside Information.', 'not permitted'],
    ['It is not permissible for you to coordinate bids.', 'not permissible'],
    ['Prohibit the use of illegal drugs.', 'prohibit'],
    ['Dealing directly with such a relative is also prohibited.', 'prohibited'],
    ['It is your responsibility to determine whether a fee is permitted.', 'is your responsibility'],
    // "will" binds only in the reader's name, an adverb between allowed.
    ['Partner will maintain work hours in compliance with the law.', 'will'],
    ['You will immediately report events of questionable nature.', 'will'],
    ['MUST in capitals still binds.', 'must'],
  ])('%j binds by %j', (sentence, phrase) => {
    expect(bindingPhrase(sentence)).toBe(phrase);
  });

  it.each([
    // Borderline: soft words ask, they do not bind.
    'The basis for recruitment should be qualifications, performance, skills and experience.',
    'Partner is encouraged to establish an environmental management system.',
    'Each of our suppliers of 3TG is expected to provide us information.',
    // "will" that describes rather than promises in the reader's name.
    'Reports can be made anonymously, and will be kept confidential.',
    'We will maintain records relating to our conflict minerals program.',
    'It is periodically reviewed and will be updated, if necessary.',
    // Words that only contain a binding word.
    'There may be special prohibitions or requirements arising from statutes.',
    'You may be required to disclose the potential fee in writing.',
    'Customers are told what the rules mustard be.',
    'Infinera holds its Partners accountable to this Code.',
  ])('%j does not bind on its own', (sentence) => {
    expect(bindingPhrase(sentence)).toBeUndefined();
  });
});

describe('onlyLegalConstructions: "shall be considered/construed…" says how to read the code (rule 4)', () => {
  it.each([
    ['You and Juniper are independent contractors and neither party shall be considered the agent of the other party for any purpose whatsoever.', true],
    ['Nothing in this Partner Code of Conduct shall be construed as establishing a partnership or joint venture between the parties.', true],
    ['Such a payment shall not be deemed a gift.', true],
    // Another binding phrase beside the construction: still binds.
    ['Nothing herein shall be construed as a waiver, and you must comply with the law.', false],
    ['Partner shall respect internationally proclaimed human rights.', false],
    ['Partners may come into possession of information that may be considered material.', false],
  ])('%j → %s', (sentence, expected) => {
    expect(onlyLegalConstructions(sentence)).toBe(expected);
  });
});

describe('aboutCompany: the sentence’s subject is the issuing company, not the partner (rule 5)', () => {
  it.each([
    ['Infinera only supports the development of legitimate workplace apprenticeship programs, which comply with all laws and regulations and will not do business with those who abuse such systems.', infinera, true],
    ['In addition, Infinera will not accept gifts.', infinera, true],
    ['Juniper must approve every bid.', juniper, true],
    ['Juniper Networks shall keep reports confidential.', juniper, true],
    ['Juniper’s personnel will not accept gifts.', juniper, true],
    ['We will not buy from smelters that finance armed groups.', infinera, true],
    ['Our suppliers must report their smelters.', infinera, true],
    // The company names the partner: the partner is the subject.
    ['Infinera Partners must comply.', infinera, false],
    ['Infinera’s Partners shall comply.', infinera, false],
    ['All Infinera Partners must conduct their business with integrity.', infinera, false],
    // The company is named, but not as the subject.
    ['You must promptly notify Juniper.', juniper, false],
    ['Unless otherwise agreed by Juniper, all payments to Juniper must be made by the legal entity.', juniper, false],
    ['Partners must not offer gifts or favors to Infinera employees.', infinera, false],
    // Another company's name is no issuer.
    ['Infinera will not do business with abusers.', juniper, false],
    // The company speaks, and the partner is bound as well.
    ['Infinera supports fair labour, and Partner shall respect it.', infinera, false],
  ])('%j (issuer %o) → %s', (sentence, issuer, expected) => {
    expect(aboutCompany(sentence, issuer)).toBe(expected);
  });

  it('names the company by its name, its first word, "we" and "our"', () => {
    expect(companyNames(juniper)).toEqual(['Juniper Networks', 'Juniper', 'we', 'our']);
    expect(companyNames(infinera)).toEqual(['Infinera', 'we', 'our']);
  });
});

describe('softWord', () => {
  it.each([
    ['The basis should be qualifications.', 'should'],
    ['Infinera expects its Partners to share its commitment.', 'expects'],
    ['This grievance mechanism is to encourage parties to report.', 'encourage'],
    ['Our policy establishes the expectations of our suppliers.', undefined],
  ])('%j has the soft word %j', (sentence, word) => {
    expect(softWord(sentence)).toBe(word);
  });
});

describe('isLeadIn', () => {
  it.each([
    ['Partners must, without limitation', true],
    ['As a part of this commitment, all Infinera Partners must, without limitation:', true],
    ['Without limitation Infinera Partners must:', true],
    ['Partners shall:', true],
    ['Partners must comply with the law.', false],
    ['The following is a must-read:', false],
  ])('%j → %s', (sentence, expected) => {
    expect(isLeadIn(sentence)).toBe(expected);
  });
});

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['It includes the U.S. Federal Procurement Integrity Act and the U.K. Bribery Act of 2010. Next.', ['It includes the U.S. Federal Procurement Integrity Act and the U.K. Bribery Act of 2010.', 'Next.']],
    ['A partner (i.e. distributor; reseller; etc.) must comply. Then.', ['A partner (i.e. distributor; reseller; etc.) must comply.', 'Then.']],
    ['Information ("Inside Information"). Partners may not trade.', ['Information ("Inside Information").', 'Partners may not trade.']],
    ['Visit www.example.org today. Then go.', ['Visit www.example.org today.', 'Then go.']],
    ['Call 1-888-475-8388 or (3) contact counsel.', ['Call 1-888-475-8388 or (3) contact counsel.']],
  ])('%j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('textBlocks', () => {
  it('reads paragraphs and list items as plain text, drops quotation marks and attributions', () => {
    expect(textBlocks('First **bold** line\ngoes on.\n\n- Item [one](https://x.org).\n- Item two.\n\n> Quoted.\n\n— [Report 2013](/reports/2013/#x)')).toEqual([
      { kind: 'paragraph', text: 'First bold line goes on.' },
      { kind: 'item', text: 'Item one.' },
      { kind: 'item', text: 'Item two.' },
      { kind: 'paragraph', text: 'Quoted.' },
    ]);
  });
});

describe('judgeClause', () => {
  const outcome = (markdown: string, inherited?: string) =>
    judgeClause(markdown, infinera, inherited).map((sentence) => [
      sentence.text,
      sentence.leadIn ? 'lead-in' : sentence.binding ? ('phrase' in sentence.binding ? sentence.binding.phrase : `after: ${sentence.binding.leadIn}`) : sentence.setAside ? `set aside (${sentence.setAside.because}): ${sentence.setAside.phrase}` : sentence.continues ? 'continues' : sentence.scope ? 'scope' : sentence.soft ? `soft: ${sentence.soft}` : 'no',
    ]);

  it('binds the list items after a lead-in, and only those', () => {
    expect(outcome('Partners will make provision. Partners must, without limitation\n\n- Provide training.\n- Keep records. Workers are to be trained.\n\nInfinera supports the UN Declaration.')).toEqual([
      ['Partners will make provision.', 'will'],
      ['Partners must, without limitation', 'lead-in'],
      ['Provide training.', 'after: Partners must, without limitation'],
      ['Keep records.', 'after: Partners must, without limitation'],
      ['Workers are to be trained.', 'are to'],
      ['Infinera supports the UN Declaration.', 'no'],
    ]);
  });

  it('does not carry a lead-in past a paragraph, nor into a list after a plain paragraph', () => {
    expect(outcome('Infinera is encouraged by progress.\n\n- Provide training.')).toEqual([
      ['Infinera is encouraged by progress.', 'soft: encouraged'],
      ['Provide training.', 'no'],
    ]);
  });

  it('binds a nested clause’s sentences by its parent’s closing lead-in, except those that say "may" or "can"', () => {
    const parent = 'Partners must not offer gifts.\n\nWithout limitation Infinera Partners must:';
    const inherited = closingLeadIn(parent);
    expect(inherited).toBe('Without limitation Infinera Partners must:');
    expect(outcome('Create, retain and dispose of business records. Partners may come into possession of information.', inherited)).toEqual([
      ['Create, retain and dispose of business records.', 'after: Without limitation Infinera Partners must:'],
      ['Partners may come into possession of information.', 'no'],
    ]);
  });

  it.each([
    [
      'sets aside a sentence about the company and one of legal interpretation, and counts the rest',
      'Infinera only supports lawful programs and will not do business with abusers. Partner shall comply. Nothing in this Code shall be construed as a partnership.',
      [
        ['Infinera only supports lawful programs and will not do business with abusers.', 'set aside (company): will not'],
        ['Partner shall comply.', 'shall'],
        ['Nothing in this Code shall be construed as a partnership.', 'set aside (legal-interpretation): shall'],
      ],
    ],
    [
      'counts "This includes/applies/means…" with the binding sentence right before it',
      'Trafficking of persons shall not be used. This includes recruiting persons by threat. Partner shall not offer bribes. This applies regardless of intermediaries. You must be professional. This means treating all persons with dignity.',
      [
        ['Trafficking of persons shall not be used.', 'shall'],
        ['This includes recruiting persons by threat.', 'continues'],
        ['Partner shall not offer bribes.', 'shall'],
        ['This applies regardless of intermediaries.', 'continues'],
        ['You must be professional.', 'must'],
        ['This means treating all persons with dignity.', 'continues'],
      ],
    ],
    [
      'does not count "This information includes…", nor "This includes…" after a sentence that does not bind or in another paragraph',
      'Any information you provide must be accurate. Payments must be made by the obligated entity. This information includes sales reports.\n\nInfinera believes in fairness. This includes honesty.\n\nThis applies to all partners.',
      [
        ['Any information you provide must be accurate.', 'must'],
        ['Payments must be made by the obligated entity.', 'must'],
        ['This information includes sales reports.', 'scope'],
        ['Infinera believes in fairness.', 'no'],
        ['This includes honesty.', 'scope'],
        ['This applies to all partners.', 'scope'],
      ],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(outcome(markdown)).toEqual(expected);
  });

  it('finds no closing lead-in in a clause that ends otherwise', () => {
    expect(closingLeadIn('Partners must, without limitation\n\n- Provide training.')).toBeUndefined();
    expect(closingLeadIn('Partner shall comply.')).toBeUndefined();
  });
});
