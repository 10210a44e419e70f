import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../cable/parse-cable.js';
import { anchorOf, extractCable, extractText } from './extract.js';
import { splitSentences } from './sentences.js';

const cable = parseCable(readFileSync(new URL('./fixtures/demarche-cable.txt', import.meta.url)), 'demarche-cable.txt');
const { events, mentions } = extractCable(cable);
const summary = events.map((e) => `${e.paragraph}:${e.kind}@${e.date?.value ?? '-'}`);

/** The events of a sentence of our own, as kind@date, in a cable dated 2009-03-10. */
const kinds = (text: string): string[] => extractText(text, new Date(Date.UTC(2009, 2, 10))).events.map((e) => `${e.kind}@${e.date?.value ?? '-'}`);

describe('findEvents on a cable in the official format', () => {
  it('reads the DTG and paragraphs', () => {
    expect(cable.created?.slice(0, 10)).toBe('2009-04-03');
    expect(cable.paragraphs.map((p) => p.n)).toEqual([1, 2]);
  });

  it('finds the meeting and the demarche delivered at it, dated by the opening date', () => {
    expect(summary).toContain('1:meeting@2009-04-01');
    expect(summary).toContain('1:demarche@2009-04-01');
  });

  it('makes one information-shared event per listed month, with two-digit years', () => {
    expect(summary).toContain('1:info-shared@2008-12');
    expect(summary).toContain('1:info-shared@2009-01');
  });

  it('finds the request, what it asked and the non-response', () => {
    expect(summary).toContain('1:request@2009-02');
    expect(events.find((e) => e.kind === 'request')?.what).toBe("the results of MITI's inquiry");
    const none = events.find((e) => e.kind === 'non-response');
    expect(none?.date).toEqual({ value: '2009-04-03', precision: 'day', approximate: true });
    // The party that has not answered is the one asked.
    expect(none?.recipient).toBe(events.find((e) => e.kind === 'request')?.recipient);
  });

  it('finds the shipment with its item, supplier and consignee', () => {
    const ship = events.find((e) => e.kind === 'shipment');
    expect(ship?.date).toMatchObject({ value: '2008-11', precision: 'month' });
    expect(ship?.items).toEqual(['item:maraging-steel']);
    const omid = mentions.find((m) => m.text === 'Kalaye Electric Company');
    expect(ship?.recipient).toBe(omid?.entity);
    const supplier = mentions.find((m) => m.paragraph === 2 && m.text === 'Bayan Precision');
    expect(supplier?.type).toBe('ORGANIZATION');
    expect(ship?.actors[0]).toBe(supplier?.entity);
    // The short name and the full one with its legal form are one company.
    expect(mentions.find((m) => m.text === 'Bayan Precision Sdn Bhd')?.entity).toBe(supplier?.entity);
  });

  it('leaves out what is only asked for the future', () => {
    expect(events.filter((e) => e.paragraph === 2 && e.kind === 'info-shared')).toEqual([]);
  });
});

describe('findEvents on ALL-CAPS text', () => {
  const text =
    'ON JUNE 14 AMBASSADOR MET WITH FOREIGN MINISTER GROMYKO AND DELIVERED DEMARCHE ON SOVIET SHIPMENT OF SCUD MISSILES TO SYRIA. ' +
    'WE ASKED FOR CLARIFICATION BY JUNE 20. GROMYKO HAS NOT YET RESPONDED.';
  const { events } = extractText(text, new Date(Date.UTC(1974, 5, 25)));
  const of = (kind: string) => events.filter((e) => e.kind === kind);

  it('dates the meeting and the demarche, not the shipment they are about', () => {
    expect(of('meeting')[0]?.date?.value).toBe('1974-06-14');
    expect(of('demarche')[0]?.date?.value).toBe('1974-06-14');
    expect(of('shipment')).toHaveLength(1);
    expect(of('shipment')[0]?.date).toBeNull();
  });

  it('reads "by June 20" as the request\'s deadline, not its date', () => {
    const request = of('request')[0];
    expect(request?.due?.value).toBe('1974-06-20');
    expect(request?.date?.value).toBe('1974-06-14');
  });

  it('finds the non-response as of the day of writing', () => {
    expect(of('non-response')[0]?.date).toMatchObject({ value: '1974-06-25', approximate: true });
  });
});

describe('events of the second development round (sentences of our own)', () => {
  it('reads a question put at a briefing as no request, but an official asked for something as one', () => {
    expect(kinds('When asked about the talks, the spokesman said they went well.')).not.toContainEqual(expect.stringMatching(/^request/));
    expect(kinds('Poloff asked the MFA for an update on the case.')).toContainEqual(expect.stringMatching(/^request/));
  });

  it('reads a press briefing, views offered and word heard from a counterpart as information shared', () => {
    expect(kinds('At the March 4 press briefing the spokesman said the talks went well.')).toContain('info-shared@2009-03-04');
    expect(kinds('The envoy offered the following thoughts on the trip.')).toContainEqual(expect.stringMatching(/^info-shared/));
    expect(kinds('He offered to share his views later.')).toEqual([]);
    expect(kinds('The minister heard from his counterpart that the trip would slip.')).toContainEqual(expect.stringMatching(/^info-shared/));
  });

  it('reads an official who told the mission as a meeting, an envoy who weighed in or challenged as a demarche', () => {
    expect(kinds('The commissioner told post that he expects little progress.')).toContainEqual(expect.stringMatching(/^meeting/));
    expect(kinds('The ambassador weighed in with the minister to keep the talks going.')).toContainEqual(expect.stringMatching(/^demarche/));
    expect(kinds("On March 2 the Ambassador challenged the minister's statement.")).toContain('demarche@2009-03-02');
  });

  it('reads an official visit begun on a given day as a meeting', () => {
    expect(kinds('The spokesman said the president arrived on March 9 for an official visit.')).toContain('meeting@2009-03-09');
  });

  it("dates what was said by the meeting it was said at, not by another meeting it tells of", () => {
    const found = kinds("During a March 5 meeting with Poloff, the director shared his readout of the minister's March 2 meeting with the envoy.");
    expect(found).toContain('info-shared@2009-03-05');
    expect(found).not.toContain('info-shared@2009-03-02');
    expect(kinds('The Ambassador raised the demarche during a March 5 meeting with the minister.')).toContain('demarche@2009-03-05');
  });

  it('leaves a date in what was said to what was said, not to the saying', () => {
    expect(kinds('On March 3 the minister responded that the envoys meet again on April 7.')).toContain('response@2009-03-03');
    expect(kinds('The minister heard from his counterpart that the decision would come in May.')).not.toContainEqual(expect.stringMatching(/@\d/));
    expect(kinds('The Ambassador pressed that point with the minister on March 2.')).toContain('demarche@2009-03-02');
  });

  it('dates a cable without a DTG by the year of its id, not by today', () => {
    const partial = parseCable(
      Buffer.from(
        'This record is a partial extract of the original cable.\n\nC O N F I D E N T I A L OSLO 000412\n\nTAGS: PREL NO\nSUBJECT: NORWAY: MINISTER BRIEFS ON TALKS\n\n1. (C) On September 24 State Secretary Halvard Holgersen called on the Ambassador to brief him on the talks.\n',
      ),
      '03OSLO412.txt',
    );
    expect(partial.created).toBeNull();
    expect(extractCable(partial, new Date('2026-11-30')).events.map((e) => e.date?.value)).toContain('2003-09-24');
    expect(anchorOf({ created: null, id: '1975STATE152120' })).toEqual({ y: 1975, m: 12, d: 31 });
    // An id of the current year, or none, leaves the given day.
    expect(anchorOf({ created: null, id: null }, new Date('2026-11-30'))).toEqual({ y: 2026, m: 11, d: 30 });
  });
});

describe('events of the third development round (sentences of our own)', () => {
  it('opens a sentence at a redaction, which stands for a name', () => {
    expect(splitSentences('He asked emboffs for the list. xxxxxxxxxxxx then raised the visa case.').map((s) => s.text)).toEqual([
      'He asked emboffs for the list.',
      'xxxxxxxxxxxx then raised the visa case.',
    ]);
  });

  it('reads a sale stopped as no shipment, and equipment designated for a unit as no designation', () => {
    expect(kinds('The manufacturer refused the sale of engines to the ministry.')).toEqual([]);
    expect(kinds('Company policy prohibited the sale of equipment to the army.')).toEqual([]);
    expect(kinds('He asked about the refusal of the sale of helicopters designated for the Zarvo Brigade.')).not.toContainEqual(expect.stringMatching(/^(?:shipment|designation)/));
    expect(kinds('Customs seized the shipment of engines sold to the ministry.')).toContainEqual(expect.stringMatching(/^shipment/));
    expect(kinds('Treasury designated the Zarvo Trading Company on March 3.')).toContain('designation@2009-03-03');
  });

  it('gives the date that opens a sentence to its first event, though another date follows', () => {
    expect(kinds('On March 4 State Secretary Halvard Holgersen called on the Ambassador to discuss the talks held in Oslo on March 2.')).toContain('meeting@2009-03-04');
  });

  it('reads consultations between two sides, meetings with officials and a call to brief someone', () => {
    expect(kinds('Consultations between Nordvik and Zarvo officials on March 2 went well.')).toContain('meeting@2009-03-02');
    expect(kinds('In meetings with Poloff, the adviser expressed interest in radars.')).toContainEqual(expect.stringMatching(/^meeting/));
    expect(kinds('On March 4 the envoy called on the Ambassador to brief him on the talks.')).toContain('info-shared@2009-03-04');
    expect(kinds('He gave a brief statement.')).toEqual([]);
  });

  it('reads a sentence that names a dated event twice as one event', () => {
    expect(kinds('In a meeting March 4, the minister discussed the talks with the Ambassador.')).toEqual(['meeting@2009-03-04']);
  });

  it('reads an act addressed to the mission as a meeting, dated by the meeting the paragraph told of', () => {
    expect(kinds('He asked emboffs to provide a written update.')).toContain('meeting@-');
    expect(kinds('The adviser informed the Ambassador that the radars had arrived.')).toContainEqual(expect.stringMatching(/^meeting/));
    const found = kinds('The Ambassador delivered the demarche during a March 5 meeting with the minister. The minister asked the Ambassador to wait for his inquiry.');
    expect(found).toContain('meeting@2009-03-05');
    expect(found).not.toContain('meeting@-');
  });

  it('dates no later event of a paragraph by an earlier one recalled in passing', () => {
    const found = kinds('He reiterated a complaint (which the minister had raised with the Ambassador on March 2) about the license. The DATT responded that the rule was the company’s.');
    expect(found).toContain('demarche@2009-03-02');
    expect(found).toContain('response@-');
    expect(found).not.toContain('response@2009-03-02');
  });

  it('reads a reply told or informed after an ask as a response', () => {
    expect(kinds('The adviser pressed the DATT on the license. The DATT informed him that the rule was the company’s.')).toContain('response@-');
    expect(kinds('The minister told him that the ministry would follow up.')).not.toContainEqual(expect.stringMatching(/^response/));
  });

  it('reads an envoy who spoke of the need to act as a demarche', () => {
    expect(kinds('The Under Secretary spoke about the Zarvo Bank and the need to target its insurers.')).toContainEqual(expect.stringMatching(/^demarche/));
    expect(kinds('The minister stressed the need for calm.')).toContainEqual(expect.stringMatching(/^demarche/));
    expect(kinds('The minister spoke about the weather.')).toEqual([]);
  });

  it('reads only a reply to an ask or a demarche as a response', () => {
    expect(kinds('It was the tack the government took in response to the riots in 2006.')).toEqual([]);
    expect(kinds('In response to our request of March 2, the ministry sent the list.')).toContainEqual(expect.stringMatching(/^response/));
    expect(kinds('In response, the minister said no.')).toEqual(['response@-']);
  });

  it('reads calling on someone to act as a demarche or a request, calling on someone as a meeting', () => {
    expect(kinds('The statement called on Governor Halvard Holgersen to stay in office.')).toEqual(['demarche@-']);
    expect(kinds('On March 2 we called on the MFA to provide an update on the case.')).toEqual(['request@2009-03-02']);
    expect(kinds('On March 2 the Ambassador called on the minister to discuss the visit.')).toEqual(['meeting@2009-03-02']);
    expect(kinds('On March 2 the Ambassador called on Foreign Minister Halvard Holgersen.')).toEqual(['meeting@2009-03-02']);
  });

  it('reads a dated meeting of a group as a gathering, not a meeting with a counterpart', () => {
    expect(kinds('Officials staged on March 2 a meeting of tribal leaders.')).toEqual([]);
    expect(kinds('On March 2 the envoy held a meeting with the minister.')).toEqual(['meeting@2009-03-02']);
  });

  it('reads someone who is seeking something as asking for it, not a gerund', () => {
    expect(kinds('The shareholder is seeking information about the firm’s owners.')).toEqual(['request@-']);
    expect(kinds('The front became the face of the opposition, seeking a pause in the talks.')).toEqual([]);
  });

  it('reads what is seldom or rarely done as not done', () => {
    expect(kinds('The practice is often discussed but seldom officially challenged.')).toEqual([]);
    expect(kinds('The minister rarely met foreign envoys.')).toEqual([]);
  });

  it('reads a complaint reiterated or lodged as a demarche', () => {
    expect(kinds('The adviser reiterated the ministry’s complaint about the license.')).toEqual(['demarche@-']);
    expect(kinds('On March 2 the embassy lodged a complaint with the ministry.')).toEqual(['demarche@2009-03-02']);
  });

  it('keeps an event beside the same kind recalled in parentheses with its own date', () => {
    const found = kinds('The adviser reiterated a complaint (which the minister raised with the Ambassador on March 2) about the license.');
    expect(found).toContain('demarche@2009-03-02');
    expect(found).toContain('demarche@-');
  });

  it('reads a cable that provides information as information shared', () => {
    expect(kinds('The following provides information requested in ref A.')).toContainEqual(expect.stringMatching(/^info-shared/));
  });

  it('reads what was requested in a reference as answered by the cable', () => {
    expect(kinds('The following provides information requested in ref A.')).toContain('response@-');
    expect(kinds('The ministry requested information on March 2.')).not.toContainEqual(expect.stringMatching(/^response/));
  });

  it('reads an account recounted for someone, or relayed, as information shared', () => {
    expect(kinds('The envoy recounted for the minister his impressions from Oslo.')).toContainEqual(expect.stringMatching(/^info-shared/));
    expect(kinds('The director relayed the ministry’s views to Poloff.')).toContainEqual(expect.stringMatching(/^info-shared/));
  });

  it('reads a meeting held to discuss or raise the points as a demarche', () => {
    expect(kinds('Emboffs met March 2 with the Minister of Justice to discuss points in reftel.')).toContain('demarche@2009-03-02');
    expect(kinds('Emboffs met March 2 with the minister to discuss the visit.')).not.toContainEqual(expect.stringMatching(/^demarche/));
  });

  it('reads concerns voiced, outlined or identified, also another’s, as a demarche', () => {
    expect(kinds("Conoff began by identifying the USG's concerns over the courts' rulings.")).toEqual(['demarche@-']);
    expect(kinds('On March 2 the Ambassador voiced serious concerns about the sale.')).toContain('demarche@2009-03-02');
  });

  it('reads someone encouraged to act as urged, not someone encouraged by news', () => {
    expect(kinds('On March 2 the secretary encouraged the USG to focus on the press.')).toContain('demarche@2009-03-02');
    expect(kinds('The minister was encouraged by the progress of the talks.')).toEqual([]);
  });

  it('reads dated meetings in the plural and a visit dated after its visitor', () => {
    expect(kinds("Since Dr. Halvard Holgersen's March 6 visit, ties improved.")).toContain('meeting@2009-03-06');
    expect(kinds("The Secretary's meetings in Oslo on March 6 went well.")).toContain('meeting@2009-03-06');
  });

  it('dates no later event by a meeting recalled in a since-clause', () => {
    const found = kinds("Since the Secretary's meetings in Oslo on March 6, he said, ties improved. He urged a greater focus on the press.");
    expect(found).toContain('meeting@2009-03-06');
    expect(found).toContain('demarche@-');
  });

  it('reads details forwarded as information shared', () => {
    expect(kinds('(Details forwarded by email to the desk.)')).toEqual(['info-shared@-']);
    expect(kinds('Post forwarded the report to the Department on March 3.')).toContain('info-shared@2009-03-03');
  });

  it('reads sales promoted, negotiated or discussed as no shipment', () => {
    expect(kinds('Exhibitors took a fifth of the space, promoting sales of vehicles and weapons.')).toEqual([]);
    expect(kinds('The two sides are negotiating the sale of engines.')).toEqual([]);
    expect(kinds('The firm sold trucks to the ministry in March.')).toContainEqual(expect.stringMatching(/^shipment/));
  });

  it('reads concerns echoed, and with any words before them, as a demarche', () => {
    expect(kinds('U.S. businesses also echoed Nordvik concerns that export controls could hurt them.')).toEqual(['demarche@-']);
  });

  it('reads a point made after a demarche as a response', () => {
    expect(kinds('The firms voiced concerns about export controls. Mission members pointed out that no rule targets Nordvik.')).toContain('response@-');
  });

  it('gives a date written right before a request to the request, not to the non-response before it', () => {
    const found = kinds('The ministry has not heard a response to the embassy’s March 3 request that Zarvo name the buyer.');
    expect(found).toContain('request@2009-03-03');
    expect(found).not.toContain('non-response@2009-03-03');
  });

  it('dates nothing by a span ahead', () => {
    expect(kinds('The minister told us her priorities for the next two years.')).toEqual(['meeting@-']);
    expect(kinds('The ministry has been providing information for over a year and a half.')).toContain('info-shared@2007-09');
  });

  it('reads an official who said something on a given day as a conversation that day', () => {
    expect(kinds('Ties are static, Team Leader Ana Lins said March 4.')).toEqual(['meeting@2009-03-04']);
    expect(kinds('He said May 3 was too late.')).toEqual([]);
  });

  it('reads a matter stalled pending a letter from the other side as a non-response', () => {
    expect(kinds('Cooperation has stalled, pending a letter from the new chair.')).toContainEqual(expect.stringMatching(/^non-response/));
    expect(kinds('Pending approval, the license waits.')).toEqual([]);
  });

  it('reads an update provided as information shared, and as a response only after an ask', () => {
    expect(kinds('On March 4, Team Leader Ana Lins provided an update on the ministry’s thinking.')).toEqual(['info-shared@2009-03-04']);
    const asked = kinds('Poloff asked the ministry for news of the case. The director provided an update on the inquiry.');
    expect(asked).toContain('response@-');
    expect(asked).toContain('info-shared@-');
  });

  it('dates no conversation recalled from before by the meeting it is recalled at', () => {
    const found = kinds('Poloff delivered the points during a March 8 meeting with the director. The director reiterated what he had told us before.');
    expect(found).toContain('meeting@2009-03-08');
    expect(found).toContain('meeting@-');
  });

  it('judges who replies by the speaker, not by a clause about him', () => {
    expect(kinds('The Ambassador urged the minister to act. The minister, who briefs the Embassy often, said that he would.')).toContain('response@-');
    expect(kinds('The minister urged us to act. The Ambassador said that we would.')).not.toContain('response@-');
  });

  it('reads a point stressed after a demarche as a response', () => {
    expect(kinds('EconOff met the firm’s head to discuss ref A points. He stressed the firm’s commitment to its obligations.')).toContain('response@-');
  });

  it('dates an event by the date written before it with up to three words between, not a conjunction', () => {
    expect(kinds('Key points at the March 4 afternoon MFA press briefing were: the old rules lapsed on March 7.')).toEqual(['info-shared@2009-03-04']);
    expect(kinds('Key points at the March 4 regular press briefing were: the old rules lapsed on March 7.')).toEqual(['info-shared@2009-03-04']);
    expect(kinds('The embassy shared the file in January 09 and asked for the results in February.')).toContain('request@2009-02');
  });

  it('takes no date that names something other than an event for a sentence’s events', () => {
    expect(kinds('Pires, who had reviewed the March 4 agency presentation days before the meeting, said little.')).not.toContain('meeting@2009-03-04');
    expect(kinds('During a March 5 meeting with Poloff, the director said little.')).toContain('meeting@2009-03-05');
  });

  it('takes no date after an event that names another thing', () => {
    expect(kinds('He encouraged the USG to widen its sanctions against businessmen involved in the March 2 removal of the president.')).toEqual(['demarche@-']);
    expect(kinds('The envoy met the minister during the week of March 2, to discuss the visit.')).toContain('meeting@2009-03');
  });

  it('leaves a date or span in what was described to what was described', () => {
    expect(kinds('In his meeting with the minister, the envoy described how the command had changed over the past two years.')).toEqual(['meeting@-']);
  });

  it('reads a tour of a facility and a call by phone as meetings, and a visit dated by month and year', () => {
    expect(kinds('EconOff reached Professor Halvard by phone the morning of March 8.')).toEqual(['meeting@2009-03-08']);
    expect(kinds('Nordvik and Zarvo diplomats toured the reactor March 7.')).toEqual(['meeting@2009-03-07']);
    expect(kinds('EmbOffs saw the containers during their July 2006 tour of the facility.')).toEqual(['meeting@2006-07']);
    expect(kinds("During then-Secretary Holgersen's September 2008 visit, the leader said little.")).toEqual(['meeting@2008-09']);
  });

  it('reads the reader’s own meeting in a scenesetter as a plan', () => {
    expect(kinds('Your meeting with the Leader will afford a key opportunity.')).toEqual([]);
    expect(kinds('In response to your request, the ministry sent the file.')).toContain('response@-');
  });

  it('dates an event by a date before a visit or meeting named with a possessive', () => {
    expect(kinds('The adviser met Secretary Holgersen during his March 2-4 visit to Oslo.')).toEqual(['meeting@2009-03-02']);
  });

  it('reads concerns stressed or underscored as a demarche', () => {
    expect(kinds('French officials have once again stressed their concern that the policy might lead to pressure.')).toEqual(['demarche@-']);
  });

  it('reads a caution, a warning or a reminder put to someone as a demarche', () => {
    expect(kinds('The adviser also cautioned about spending too long on verification.')).toEqual(['demarche@-']);
    expect(kinds('On March 3 Poloff reminded the firm of its license conditions.')).toContain('demarche@2009-03-03');
  });

  it('reads aircraft, boats, engines and arms exported as shipments', () => {
    expect(kinds('A Bell helicopter was exported to Nordvik in February 2009.')).toContain('shipment@2009-02');
    expect(kinds('The yard sold two patrol boats to the navy in January.')).toContain('shipment@2009-01');
  });

  it('reads a modal two words before a trigger as unreal', () => {
    expect(kinds('No other firm may use the helicopter, nor may it be exported, without a license.')).toEqual([]);
  });

  it('reads a reply in the clause after an ask of the same sentence as a response', () => {
    expect(kinds('We reminded the buyer that no other firm may use the helicopter; he acknowledged this.')).toEqual(['demarche@-', 'response@-']);
  });

  it('reads an action request, a request in the present and an inquiry as requests', () => {
    expect(kinds('This is an Action Request. See paragraphs 3-4.')).toEqual(['request@-']);
    expect(kinds('The Department requests Post’s assistance in an inquiry.')).toEqual(['request@-']);
    expect(kinds('Embassies have frequently inquired about the legitimacy of such exports.')).toEqual(['request@-']);
    expect(kinds('Libya’s requests were many.')).toEqual([]);
  });

  it('reads information received, obtained or secured as information shared', () => {
    expect(kinds('On March 5 PolOff met the director and secured a tentative list of attendees.')).toEqual(['meeting@2009-03-05', 'info-shared@2009-03-05']);
    expect(kinds('We have not received any information.')).toEqual(['non-response@2009-03-10']);
  });

  it('reads a gerund after before or without as not done', () => {
    expect(kinds('We urge that the problems be weighed before supplying the boats to all users.')).toEqual(['demarche@-']);
    expect(kinds('The firm sold the trucks to the army in March.')).toContain('shipment@2009-03');
  });
});

describe('events, fourth round', () => {
  it("reads a date that names a speech or statement in what was briefed as that speech's", () => {
    expect(kinds('She briefed the director on the Minister’s March 4 speech.')).toEqual(['info-shared@-', 'meeting@-']);
    expect(kinds('She briefed the director on March 4.')).toEqual(['info-shared@2009-03-04', 'meeting@2009-03-04']);
  });

  it('reads a meeting scheduled, wished for, asked for or held as a habit as none', () => {
    expect(kinds('Export control meetings are scheduled to take place in Oslo on March 20.')).toEqual([]);
    expect(kinds('A meeting with the council would be helpful, he said.')).toEqual([]);
    expect(kinds('The attache requested a meeting with Embassy staff.')).toEqual(['request@-']);
    expect(kinds('He cited the Red Cross’s regular meetings with field commanders.')).toEqual([]);
    // (One of them, held, is one.)
    expect(kinds('On March 4 the Ambassador held one of his regular meetings with the minister.')).toEqual(['meeting@2009-03-04']);
  });

  it('reads a date in a when-clause after the trigger as that clause’s', () => {
    expect(kinds('He requested a meeting with the Secretary when he visits Oslo in February.')).toEqual(['request@-']);
    expect(kinds('He requested a meeting with the Secretary in February.')).toEqual(['request@2009-02']);
  });

  it('reads concern voiced as the purpose of a meeting, the importance of acting, issues raised with someone and a plenary session', () => {
    expect(kinds('The Ambassador met the army commander on March 4 to voice concern over the killings.')).toEqual(['meeting@2009-03-04', 'demarche@2009-03-04']);
    expect(kinds('On March 4 the Ambassador noted the importance of showing progress.')).toEqual(['demarche@2009-03-04']);
    expect(kinds('On March 4 the Ambassador stressed that it was important to show progress.')).toEqual(['demarche@2009-03-04']);
    expect(kinds('The attache raised export control issues with the Secretary General.')).toEqual(['demarche@-']);
    expect(kinds('In a March 4 plenary session with a large Zarvo delegation, trade came up.')).toEqual(['meeting@2009-03-04']);
  });

  it('reads a party receptive to an ask, or agreeing with our concern, as responding', () => {
    expect(kinds('Emboffs delivered the demarche. The Government was receptive.')).toEqual(['demarche@-', 'response@-']);
    expect(kinds('The director told Polcouns on March 4 that his government agreed with USG concern about the risk.')).toEqual(['meeting@2009-03-04', 'response@2009-03-04']);
  });

  it('reads a date in a before- or after-clause, or after since, as no date of the event', () => {
    expect(kinds('On March 4 the Ambassador urged the minister to act before he travels to Oslo in May.')).toEqual(['demarche@2009-03-04']);
    expect(kinds('The minister said reports of abuses have fallen since last October.')).toEqual([]);
    expect(kinds('Poloff met the minister in October.')).toEqual(['meeting@2008-10']);
    expect(kinds('Poloff has met the minister often since October.')).toEqual(['meeting@-']);
  });

  it('reads a request answered, a plea, demands that something be done, a call for someone to act, ongoing pressing and a diplomatic note sent', () => {
    expect(kinds('In response to reftel vetting request, the Department finds no information on Zarvo.')).toEqual(['request@-', 'response@-']);
    expect(kinds('This message begins with the general’s urgent plea on munitions.')).toEqual(['request@-']);
    expect(kinds('The note was meant to mollify Zarvo’s demands that the casks be returned.')).toEqual(['request@-']);
    expect(kinds('Demand for ethanol continues to grow.')).toEqual([]);
    expect(kinds('On March 4 Halvard called for the U.S. and its allies to speak with one voice.')).toEqual(['demarche@2009-03-04']);
    expect(kinds('We continue to underscore with Zarvo officials the need to resolve this issue.')).toEqual(['demarche@-']);
    expect(kinds('The government had sent Zarvo a diplomatic note on the matter.')).toEqual(['info-shared@-']);
  });

  it('reads a reply after "and" and a new subject as the other side’s', () => {
    expect(kinds('On March 4 the Ambassador noted the importance of progress and the Minister said he would act.')).toEqual(['demarche@2009-03-04', 'response@2009-03-04']);
  });

  it('reads "since last October" as when a state of things began, no event’s day', () => {
    expect(kinds('On March 4 we urged Zarvo to act. He said reports have fallen sharply since last October.')).toEqual(['demarche@2009-03-04', 'response@2009-03-04']);
  });

  it('reads a visit named by a possessive pronoun and its date, notification received, goods provided to someone, and seeking to do as no request', () => {
    expect(kinds('During her March 4 visit to Oslo, the Secretary and the minister announced a dialogue.')).toEqual(['meeting@2009-03-04']);
    expect(kinds('The director expressed appreciation for receiving advance notification of the sanctions.')).toEqual(['info-shared@-']);
    expect(kinds('Two Zarvo firms provided commodities to Halvard entities.')).toEqual(['shipment@-']);
    expect(kinds('Zarvo is seeking to establish more bases abroad.')).toEqual([]);
    expect(kinds('Zarvo is seeking our support.')).toEqual(['request@-']);
  });

  it('reads a copy accepted, papers attached, a readout sought at a meeting and a report made to a body as information shared', () => {
    expect(kinds('The director accepted a copy of the annual report.')).toEqual(['info-shared@-']);
    expect(kinds('Attached to this cable are some pictures and further documentation.')).toEqual(['info-shared@-']);
    expect(kinds('On March 4 the Advisor met the professor to get a read-out on the study group.')).toEqual(['meeting@2009-03-04', 'info-shared@2009-03-04']);
    expect(kinds('He acknowledged that the March 4 report to the IAEA changes his view.')).toEqual(['info-shared@2009-03-04']);
  });

  it('reads meetings held (during both meetings, began the meeting) and an official telling another by title as meetings', () => {
    expect(kinds('During both meetings, the Director discussed a case.')).toEqual(['meeting@-']);
    expect(kinds('Conoff began the meeting by identifying our concerns.')).toContainEqual('meeting@-');
    expect(kinds('Minister Halvard told Treasury DepSec Holgersen he was pleased with the turnout.')).toEqual(['meeting@-']);
    // (Not meetings spoken of: "what was discussed in the meetings".)
    expect(kinds('The USG trusted his account of what was discussed in the meetings.')).toEqual([]);
  });
});

