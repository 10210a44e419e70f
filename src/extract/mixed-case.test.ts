// Names in mixed-case prose: rules for forms modern cables write, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract.js';

const named = (text: string): Array<[string, string]> =>
  extractText(text, new Date(Date.UTC(2009, 0, 1)))
    .mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type))
    .map((m) => [m.type, m.text]);

describe('mixed-case names', () => {
  it('reads Post, the Embassy and the Department, capitalised and alone, as the mission or department', () => {
    expect(named('Post will continue to monitor the case. The Embassy and the Department agree.')).toEqual([
      ['ORGANIZATION', 'Post'],
      ['ORGANIZATION', 'Embassy'],
      ['ORGANIZATION', 'Department'],
    ]);
  });

  it('names the places of a hyphenated compound one by one, and joins d\u2019 to a name', () => {
    expect(named("They discussed Ghana-Cote d'Ivoire cocoa prices with Lima-based traders.")).toEqual([
      ['PLACE', 'Ghana'],
      ['PLACE', "Cote d'Ivoire"],
      ['PLACE', 'Lima'],
    ]);
  });

  it('reads a name set off after a title as the person, and a title with what it is of as one post', () => {
    const found = named("Chile's First Vice-President, Marco Feliz, came with the Minister of Economy and Finance, Ana Torres-Vidal.");
    expect(found).toContainEqual(['PERSON', 'Marco Feliz']);
    expect(found).toContainEqual(['PERSON', 'Minister of Economy and Finance']);
    expect(found).toContainEqual(['PERSON', 'Ana Torres-Vidal']);
    expect(named('He met the Chief of Cabinet in the morning.')).toEqual([['PERSON', 'Chief of Cabinet']]);
  });

  it('reads mission posts written as acronyms as people, and two-word nationalities as places', () => {
    expect(named('The DATT met the Costa Rican delegation.')).toEqual([
      ['PERSON', 'DATT'],
      ['PLACE', 'Costa Rican'],
    ]);
  });

  it('names no place in an accord named after a city, and reads the Treasury as a body', () => {
    expect(named('They back the Copenhagen Accord, and the U.S. Treasury agrees.')).toEqual([['ORGANIZATION', 'U.S. Treasury']]);
  });

  it('keeps a month out of a name, and an Arabic article joined to a name in it', () => {
    expect(named('The team visited Nairobi March 3-4.')).toEqual([['PLACE', 'Nairobi']]);
    expect(named('Minister Karim al-Hassani spoke.')).toEqual([['PERSON', 'Minister Karim al-Hassani']]);
  });

  it('splits a body and a place joined by and, and reads hyphenated places after the split', () => {
    expect(named('Post told the Department and Washington offices.')).toEqual([
      ['ORGANIZATION', 'Post'],
      ['ORGANIZATION', 'Department'],
      ['PLACE', 'Washington'],
    ]);
    expect(named('He spoke of Peru, Chile-Bolivia and Ecuador at length.')).toEqual([
      ['PLACE', 'Peru'],
      ['PLACE', 'Chile'],
      ['PLACE', 'Bolivia'],
      ['PLACE', 'Ecuador'],
    ]);
  });

  it('reads a name set off after a post held in a body as the person, and ends a name before an unclosed parenthesis', () => {
    expect(named('The crate sat in the office of the Chief of Staff of the National Customs Service (NCS), Leopold Kabirizi.')).toContainEqual([
      'PERSON',
      'Leopold Kabirizi',
    ]);
    expect(named('They hope to sign a Maritime Transit Agreement (MTA, ref B) in June.').filter(([, t]) => /Agreement/.test(t))).toEqual([]);
  });

  it('reads a place before a title alone as a place, and ends a name at a closing parenthesis', () => {
    expect(named('The New Delhi PolOff met them.')).toEqual([
      ['PLACE', 'New Delhi'],
      ['PERSON', 'PolOff'],
    ]);
    const found = named("It wrote to the UN Framework Convention on Climate Change (UNFCCC) of Chile's plans.");
    expect(found).toContainEqual(['PLACE', 'Chile']);
  });

  it('reads a name set off before a title as the holder, ranks as titles, an unknown acronym as a body, and no list label', () => {
    const found = named('AA) People present: -- LtCol Mark Fenton USAF; -- Gaspard Nduwayo, Director of Port Security Services. Photos went to QRTF.');
    expect(found).toContainEqual(['PERSON', 'Gaspard Nduwayo']);
    expect(found).toContainEqual(['ORGANIZATION', 'QRTF']);
    expect(found.filter(([, t]) => /Mark Fenton/.test(t))[0]?.[0]).toBe('PERSON');
    expect(found.filter(([, t]) => t === 'AA')).toEqual([]);
  });

  it('reads -ic and -er nationalities, Arabic names, parliaments and ports, and no plural title alone', () => {
    const found = named(
      'The Icelandic crew and two Icelanders met Tarek al-Mansuri. The Senators told the Bundestag that Dulles International Airport in Washington, D.C. was shut.',
    );
    expect(found).toEqual([
      ['PLACE', 'Icelandic'],
      ['PLACE', 'Icelanders'],
      ['PERSON', 'Tarek al-Mansuri'],
      ['ORGANIZATION', 'Bundestag'],
      ['PLACE', 'Dulles International Airport'],
      ['PLACE', 'Washington'],
      ['PLACE', 'D.C.'],
    ]);
  });

  it('derives no nationality from a place only the world list knows', () => {
    expect(named('Prime Minister Gilani met them. Gilani said no.')).toEqual([
      ['PERSON', 'Prime Minister Gilani'],
      ['PERSON', 'Gilani'],
    ]);
  });

  it('reads a unit of a force as a body, and a surname Day as a name', () => {
    expect(named('The Danish Border Liaison Team left.')).toEqual([['ORGANIZATION', 'Danish Border Liaison Team']]);
    expect(named('He met Director General Ellen Day.')).toEqual([['PERSON', 'Director General Ellen Day']]);
  });

  it('joins a name through "of the", ends a title there, and joins none through a lone "the"', () => {
    expect(named('He met the Ministry of the Interior and the Bank of the Philippines.')).toEqual([
      ['ORGANIZATION', 'Ministry of the Interior'],
      ['ORGANIZATION', 'Bank of the Philippines'],
    ]);
    expect(named('She is Head of the Cabinet Office now.')).toEqual([
      ['PERSON', 'Head'],
      ['ORGANIZATION', 'Cabinet Office'],
    ]);
    const found = named('The Minister told Senators Ann Porter and Mark Ellery the GOP will act.');
    expect(found).toContainEqual(['PERSON', 'Mark Ellery']);
    expect(found.filter(([, t]) => /Ellery the/.test(t))).toEqual([]);
  });

  it('keeps a title written with a full stop or a slash in the name, and reads an office symbol as a body', () => {
    expect(named('Later, P/E Chief met with Dr. Omar Haddadi, and A/S Brenner cleared it.')).toEqual([
      ['PERSON', 'P/E Chief'],
      ['PERSON', 'Dr. Omar Haddadi'],
      ['PERSON', 'A/S Brenner'],
    ]);
    expect(named('Dr. Omar Haddadi said so; S/CT agreed.')).toEqual([
      ['PERSON', 'Dr. Omar Haddadi'],
      ['ORGANIZATION', 'S/CT'],
    ]);
  });
});


describe('mixed-case names: posts, bodies and places of the third development round', () => {
  it('reads a field before a title as part of the post, a nationality before it as a place, and the surname alone later', () => {
    expect(named('Danish Energy Minister Holgersen spoke, and Holgersen later agreed.')).toEqual([
      ['PLACE', 'Danish'],
      ['PERSON', 'Energy Minister Holgersen'],
      ['PERSON', 'Holgersen'],
    ]);
    expect(named('The Ministry of Agriculture Director Ferrante came.')).toContainEqual(['ORGANIZATION', 'Ministry of Agriculture']);
    expect(named('She met the Tourism Minister at noon.')).toEqual([['PERSON', 'Tourism Minister']]);
  });

  it('keeps a country with its foreign office, and reads FM and PM as posts', () => {
    expect(named('Norwegian Foreign Office Director Lund called.')).toEqual([
      ['ORGANIZATION', 'Norwegian Foreign Office'],
      ['PERSON', 'Director Lund'],
    ]);
    expect(named('They met FM Castellano, and the PM agreed.')).toEqual([
      ['PERSON', 'FM Castellano'],
      ['PERSON', 'PM'],
    ]);
  });

  it('reads a title held "as" a post as no one named, but not a name after "as"', () => {
    expect(named('She said that, as Interior Minister, she could object.')).toEqual([]);
    expect(named('They acted as Secretary Holbrooke had urged.')).toEqual([['PERSON', 'Secretary Holbrooke']]);
  });

  it('reads a body named again by its head word after "the", groups of states and commands as bodies', () => {
    expect(named('Olga Verny, head of the Commission, spoke. The Commission will report.')).toEqual([
      ['PERSON', 'Olga Verny'],
      ['ORGANIZATION', 'Commission'],
      ['ORGANIZATION', 'Commission'],
    ]);
    expect(named('A Commission was proposed.')).toEqual([]);
    expect(named('The EU3 and the G-20 asked the deployed AFRICOM team.')).toEqual([
      ['ORGANIZATION', 'EU3'],
      ['ORGANIZATION', 'G-20'],
      ['ORGANIZATION', 'AFRICOM'],
    ]);
  });

  it('reads an acronym joined to a word, a nationality after "and", a street and a town with its US state', () => {
    expect(named('An MFA-commissioned study and the MOD and Peruvian army.')).toEqual([
      ['ORGANIZATION', 'MFA'],
      ['ORGANIZATION', 'MOD'],
      ['PLACE', 'Peruvian'],
    ]);
    expect(named("A shop on Lima's Olive Street was hit.")).toEqual([
      ['PLACE', 'Lima'],
      ['PLACE', 'Olive Street'],
    ]);
    expect(named('The firm is based in Fort Wayne, IN, near Toledo, OH.')).toEqual([
      ['PLACE', 'Fort Wayne'],
      ['PLACE', 'IN'],
      ['PLACE', 'Toledo'],
      ['PLACE', 'OH'],
    ]);
  });

  it('reads a name after a role written in lower case as a person, and People\u2019s inside a name', () => {
    expect(named('The police chief Tesfaye Wolde met the party leader, Abebe Girma.')).toEqual([
      ['PERSON', 'Tesfaye Wolde'],
      ['PERSON', 'Abebe Girma'],
    ]);
    expect(named('The United People\u2019s Democratic Front (UPDF) won.')).toEqual([['ORGANIZATION', 'United People\u2019s Democratic Front (UPDF)']]);
  });

  it('names nothing in a plan, a list or a treaty named with "on" or "in", nor a treaty acronym', () => {
    expect(named('They published the National Plan on Water Quality and the Munitions List.')).toEqual([]);
    expect(named('Talks on the Open Skies in Europe Treaty and the FMCT stalled.')).toEqual([]);
    expect(named('He spoke of a resolution on Iran.')).toEqual([['PLACE', 'Iran']]);
  });

  it('splits a person named with a post from a body joined by "and", but not a post of two fields', () => {
    expect(named('He met Assistant Secretary for Coastal Affairs Ann Brenner and National Water Council (NWC) staff.')).toEqual([
      ['PERSON', 'Assistant Secretary for Coastal Affairs Ann Brenner'],
      ['ORGANIZATION', 'National Water Council (NWC)'],
    ]);
    expect(named('She met the Minister of Economy and Finance Ruiz.')).toEqual([['PERSON', 'Minister of Economy and Finance Ruiz']]);
  });

  it('keeps a word joined to a participle out of the name after it, and names its place', () => {
    expect(named('Western-educated Omar Haddadi spoke, as did the Lima-based Ana Ruiz.')).toEqual([
      ['PLACE', 'Western'],
      ['PERSON', 'Omar Haddadi'],
      ['PLACE', 'Lima'],
      ['PERSON', 'Ana Ruiz'],
    ]);
    expect(named('Arms moved across the Red Sea from the Arabian Peninsula.')).toEqual([
      ['PLACE', 'Red Sea'],
      ['PLACE', 'Arabian Peninsula'],
    ]);
  });
});

describe('mixed-case names: the fourth development round', () => {
  it('names no marking, white paper or games, and reads the Muslim Brotherhood and Hamas as bodies', () => {
    expect(named('(S/NF) The 2006 White Paper and the Oslo 2030 Olympic Games came up.')).toEqual([]);
    expect(named('He spoke of the Muslim Brotherhood and of Hamas.')).toEqual([
      ['ORGANIZATION', 'Muslim Brotherhood'],
      ['ORGANIZATION', 'Hamas'],
    ]);
  });

  it('splits a body from the title of its head, and reads the name set off after it as the person', () => {
    const found = named('He met the Disarmament Division Chief, Santiago Pereira, who agreed.');
    expect(found).toContainEqual(['ORGANIZATION', 'Disarmament Division']);
    expect(found).toContainEqual(['PERSON', 'Santiago Pereira']);
  });

  it('reads a name with its initials defined as a body, not a treaty so defined, and a nationality before an acronym as part of it', () => {
    expect(named('Compania Minera Andina (CMA) objected.')).toEqual([['ORGANIZATION', 'Compania Minera Andina (CMA)']]);
    expect(named('Both sides backed a Bilateral Investment Treaty (BIT).')).toEqual([]);
    expect(named('They will update the Taliban Sanctions list.')).toEqual([]);
    expect(named('Chinese SINOMET made a bid.')).toEqual([['ORGANIZATION', 'Chinese SINOMET']]);
  });

  it('reads a power plant and its acronym as places, a short name defined after a company as the company', () => {
    expect(named('A court told the Norland Electric Power Company (Norlec) to shut Unit Two of its Vika Nuclear Power Plant (NPP). Norlec will appeal; a fault runs near the NPP.')).toEqual([
      ['ORGANIZATION', 'Norland Electric Power Company (Norlec)'],
      ['PLACE', 'Vika Nuclear Power Plant (NPP)'],
      ['ORGANIZATION', 'Norlec'],
      ['PLACE', 'NPP'],
    ]);
  });

  it('ends a name at a country before "of", drops a compass word before a nationality, and keeps a post of two fields whole', () => {
    expect(named('The visit to Brazil of IAEA Director General Olsen helped.')).toEqual([
      ['PLACE', 'Brazil'],
      ['ORGANIZATION', 'IAEA'],
      ['PERSON', 'Director General Olsen'],
    ]);
    expect(named('Western Libyan contacts agreed.')).toEqual([['PLACE', 'Libyan']]);
    expect(named('He met Minister of Mines and Energy Rui Tavares.')).toEqual([['PERSON', 'Minister of Mines and Energy Rui Tavares']]);
  });

  it('names no weapon a cable writes before a weapon kind, wherever it stands, but keeps a maker and a nationality', () => {
    expect(named('Nothing changed on Halberd. Norway keeps its Halberd nuclear deterrent, unlike Iranian missiles or Boeing fighter jets.')).toEqual([
      ['PLACE', 'Norway'],
      ['PLACE', 'Iranian'],
      ['ORGANIZATION', 'Boeing'],
    ]);
  });

  it('drops a title set off after its holder, splits a firm out of a post, and reads a body a title word starts', () => {
    expect(named('Major Fouad Halim, Assistant Minister of Defense, spoke.')).toEqual([['PERSON', 'Fouad Halim']]);
    expect(named('Leon Varga, Director-President of Norvale Termica S.A., called.')).toEqual([
      ['PERSON', 'Leon Varga'],
      ['ORGANIZATION', 'Norvale Termica S.A.'],
    ]);
    expect(named('They met Leon Varga, Ambassador Ruiz and others; Irv Holt, Ambassador met them.')).toContainEqual(['PERSON', 'Ambassador']);
    expect(named('He met Peruvian General Intelligence Service Chief Omar Talbi.')).toEqual([
      ['ORGANIZATION', 'Peruvian General Intelligence Service'],
      ['PERSON', 'Chief Omar Talbi'],
    ]);
  });

  it('reads a name after a lower-case prefix', () => {
    expect(named('They spoke with post-Castro leaders and pro-Peru groups.')).toEqual([
      ['PERSON', 'Castro'],
      ['PLACE', 'Peru'],
    ]);
  });

  it('lets no title alone vote a body named in it into a person elsewhere in the text', () => {
    expect(named('He met the AFRICOM Commander General Ward. Later the AFRICOM Chiefs of Defense conference met.')).toContainEqual(['ORGANIZATION', 'AFRICOM']);
  });

  it('splits a body known by one word from what "and" joins to it, and joins no "of" to an acronym or a country alone', () => {
    expect(named('Few Taliban and Islamists agree; Hamas and Fatah do not.')).toEqual([
      ['ORGANIZATION', 'Taliban'],
      ['ORGANIZATION', 'Hamas'],
      ['ORGANIZATION', 'Fatah'],
    ]);
    expect(named("Criticism by HAMAS of Egypt's border policy grew, says the Bank of Brazil.")).toEqual([
      ['ORGANIZATION', 'HAMAS'],
      ['PLACE', 'Egypt'],
      ['ORGANIZATION', 'Bank of Brazil'],
    ]);
  });

  it("ends a name at the acronym it was given, unless a document's name goes on", () => {
    expect(named('The Halvard Shipping Lines (HSL) Zarvo-flagged M/V Zarvo Star was in port.')).toContainEqual(['ORGANIZATION', 'Halvard Shipping Lines (HSL)']);
    expect(named('The Halvard Shipping Lines (HSL) Zarvo-flagged M/V Zarvo Star was in port.').some(([, t]) => t.includes('(HSL) Zarvo'))).toBe(false);
    expect(named('They signed no Halvard Energy Agency (HEA) Additional Protocol.').some(([t]) => t === 'ORGANIZATION')).toBe(false);
    expect(named('He met the Zarvo (Nord) Economic and Trade Organization today.')).toContainEqual(['ORGANIZATION', 'Zarvo (Nord) Economic and Trade Organization']);
  });

  it('reads a common word capitalised only by its place at the start of a sentence as no name', () => {
    expect(named('The strike ended. Labor union sources said talks were calm. Farm groups agreed.')).toEqual([]);
    // A given name there is still one, and so is a word the sample writes capitalised ("Congress").
    expect(named('The talks ended. Drew said so. Congress agreed.')).toEqual(
      expect.arrayContaining([expect.arrayContaining(['Drew']), ['ORGANIZATION', 'Congress']]),
    );
  });

  it("keeps a place's first word at a sentence's start, and reads a lone acronym in mixed letters as a body", () => {
    expect(named('New Zealand praised the plan.')).toEqual([['PLACE', 'New Zealand']]);
    expect(named("The group thanked the GoNZ for Prime Minister Anna Holgersen's response.")).toEqual([
      ['ORGANIZATION', 'GoNZ'],
      ['PERSON', 'Prime Minister Anna Holgersen'],
    ]);
    expect(named('The MoFA and the DoD met NGOs.')).toEqual([
      ['ORGANIZATION', 'MoFA'],
      ['ORGANIZATION', 'DoD'],
    ]);
  });

  it('splits a named person from a titled one joined to them by "and"', () => {
    expect(named('He met Zarvo MFA/IO Chief Omar Halvari and Dr. Ali Holgersen, Head of the Zarvo Energy Establishment.')).toEqual([
      ['ORGANIZATION', 'Zarvo MFA/IO'],
      ['PERSON', 'Chief Omar Halvari'],
      ['PERSON', 'Dr. Ali Holgersen'],
      ['ORGANIZATION', 'Zarvo Energy Establishment'],
    ]);
  });

  it('reads POTUS as the person the post names', () => {
    expect(named("POTUS' statements helped, said the Zarvo MFA.")).toEqual([
      ['PERSON', 'POTUS'],
      ['ORGANIZATION', 'Zarvo MFA'],
    ]);
  });

  it('keeps a middle initial and its full stop in the name', () => {
    expect(named('Classified by EUR A/S Anna K. Holgersen. President Omar W. Talbi met them.')).toEqual([
      ['PERSON', 'A/S Anna K. Holgersen'],
      ['PERSON', 'President Omar W. Talbi'],
    ]);
  });

  it("reads the US Army's abbreviated general ranks as titles", () => {
    expect(named('He met MG Omar Halvari and BG Anna Holgersen.')).toEqual([
      ['PERSON', 'MG Omar Halvari'],
      ['PERSON', 'BG Anna Holgersen'],
    ]);
  });

  it("reads a title's adjective or field word alone as no one", () => {
    expect(named('He lost the 2002 Presidential election. Senior officials met. Defense said no.').filter(([t]) => t === 'PERSON' || t === 'ORGANIZATION')).toEqual([]);
  });

  it("reads a release's redaction as no part of a name", () => {
    expect(named('He approached the Ambassador and PolCouns XXXXXXXXXXXX to share it. XXXXXXXXXXXX said the Zarvo Bank paid.')).toEqual([
      ['PERSON', 'Ambassador'],
      ['PERSON', 'PolCouns'],
      ['ORGANIZATION', 'Zarvo Bank'],
    ]);
  });

  it('splits a title alone from a named person after "and", and a person from the body "of the" names', () => {
    expect(named('She told Poloff and Sergei Halvari of the Zarvo Embassy that she would go.')).toEqual([
      ['PERSON', 'Poloff'],
      ['PERSON', 'Sergei Halvari'],
      ['ORGANIZATION', 'Zarvo Embassy'],
    ]);
  });

  it("reads a document's or meeting's name with its acronym after it as no name", () => {
    expect(named('The ZAEA General Conference (GC) met, as did the Halvard Free Trade Agreement (HFTA) panel.')).toEqual([['ORGANIZATION', 'ZAEA']]);
  });

  it('reads FS (Foreign Secretary) and J/S (Joint Secretary) as titles', () => {
    expect(named('The Indian FS Halvari met J/S Holgersen on Monday.')).toEqual(
      expect.arrayContaining([
        ['PERSON', 'FS Halvari'],
        ['PERSON', 'J/S Holgersen'],
      ]),
    );
  });

  it('reads "Scenesetter", the cables\' word for a briefing before a visit, as no part of a name', () => {
    expect(named('Scenesetter for Secretary Holgersen and Minister Halvari.')).toEqual([
      ['PERSON', 'Secretary Holgersen'],
      ['PERSON', 'Minister Halvari'],
    ]);
  });

  it('reads a Roman numeral alone as no name', () => {
    expect(named('It changed its policy: Part III covers bases, and Annex IV follows.')).toEqual([]);
  });
});

describe('mixed-case names: the fifth development round', () => {
  it("reads a name with its initials after it as a body when no word of it is a place's, and its acronym so everywhere", () => {
    expect(named('French utility Banque de France (BDF) will buy the firm. BDF signed first.')).toEqual([
      ['PLACE', 'French'],
      ['ORGANIZATION', 'Banque de France (BDF)'],
      ['ORGANIZATION', 'BDF'],
    ]);
    expect(named('The Democratic Republic of Congo (DRC) agreed. DRC troops left.')).toEqual([
      ['PLACE', 'Democratic Republic of Congo (DRC)'],
      ['PLACE', 'DRC'],
    ]);
  });

  it("reads a nationality and a common noun as a firm, but not a plural nor a place's noun", () => {
    const found = named('He met the owner of British Gas, then the heads of the three Peruvian Services near the British Isles.');
    expect(found).toContainEqual(['ORGANIZATION', 'British Gas']);
    expect(found.filter(([, text]) => text !== 'British Gas').map(([type]) => type)).not.toContain('ORGANIZATION');
  });

  it('reads "&" as part of a firm\'s name, unless it joins two places', () => {
    expect(named('He met Halvard & Sons, then Procter & Zarvo, on a trip to Trinidad & Tobago.')).toEqual([
      ['ORGANIZATION', 'Halvard & Sons'],
      ['ORGANIZATION', 'Procter & Zarvo'],
      ['PLACE', 'Trinidad & Tobago'],
    ]);
    // Nor between a heading's words.
    expect(named('SUMMARY & COMMENT: Halvard & Sons agreed.')).toEqual([['ORGANIZATION', 'Halvard & Sons']]);
  });

  it("keeps a legal form set off by a comma in the firm's name", () => {
    expect(named('The consignee Zarvo Valente, Ltda. received the parts from Holgersen, Inc. last week.')).toEqual([
      ['ORGANIZATION', 'Zarvo Valente, Ltda.'],
      ['ORGANIZATION', 'Holgersen, Inc.'],
    ]);
    // A town and its state or country are no firm and its legal form.
    expect(named('He flew to Reno, NV and Pretoria, SA, then met Halvard S.A. officials.')).toEqual([
      ['PLACE', 'Reno'],
      ['PLACE', 'NV'],
      ['PLACE', 'Pretoria'],
      ['ORGANIZATION', 'Halvard S.A.'],
    ]);
  });

  it("reads Spanish and Portuguese company words as a firm's", () => {
    // (A surname before the company word: without it, a person.)
    expect(named('Econoff visited Silva Transportes and then Empresa Halvard.')).toEqual([
      ['PERSON', 'Econoff'],
      ['ORGANIZATION', 'Silva Transportes'],
      ['ORGANIZATION', 'Empresa Halvard'],
    ]);
  });

  it('reads a name after a newspaper or broadcaster word, or before one, as the outlet', () => {
    expect(named('The Norwegian daily Haldorf cited sources; the news ticker Al Vesta and Halvard magazine followed.')).toEqual([
      ['PLACE', 'Norwegian'],
      ['ORGANIZATION', 'Haldorf'],
      ['ORGANIZATION', 'Al Vesta'],
      ['ORGANIZATION', 'Halvard'],
    ]);
    expect(named('He wrote the Halvard paper for the Israeli daily Haldorf.')).toEqual([
      ['PLACE', 'Israeli'],
      ['ORGANIZATION', 'Haldorf'],
    ]);
    // A white paper or a non-paper is a document.
    expect(named('The white paper Halvard drafted went out with the non-paper Holgersen gave.')).toEqual([]);
  });

  it('reads a given name the sample writes as an acronym in capitals as a name when written in small letters', () => {
    expect(named('He saw Ana Lins yesterday.')).toEqual([['PERSON', 'Ana Lins']]);
    expect(named('The ANA units left.')).toEqual([['ORGANIZATION', 'ANA']]);
  });

  it('reads a post somebody becomes or is named to as no person named', () => {
    expect(named('Halvorsen is likely to become Premier, and Ana Lins was appointed Trade Minister. He named Foreign Minister Haldorf.')).toEqual([
      ['PERSON', 'Halvorsen'],
      ['PERSON', 'Ana Lins'],
      ['PERSON', 'Foreign Minister Haldorf'],
    ]);
  });

  it("reads a country's letters before a dollar sign as its currency, no place", () => {
    expect(named('Exports to Cuba reached NZ$68 million (US$ 42 million) in 2003.')).toEqual([['PLACE', 'Cuba']]);
  });

  it('reads "AmConsulate General" and its city as the post, "General" no title', () => {
    expect(named("AmConsulate General Lagos's trade office reported.")).toEqual([['ORGANIZATION', 'AmConsulate General Lagos']]);
  });

  it("keeps a plural possessive before a body's word in the body's name", () => {
    expect(named("Brazil's Workers' Party (ZWP) objected, and the Farmers’ Union agreed.")).toEqual([
      ['PLACE', 'Brazil'],
      ['ORGANIZATION', "Workers' Party (ZWP)"],
      ['ORGANIZATION', 'Farmers’ Union'],
    ]);
  });

  it('reads streets and districts that Spanish and Portuguese addresses name kind first as places', () => {
    expect(named('The firm sits at Rua Halvard, 98, Vila Nordvik, near Avenida Zarvo.')).toEqual([
      ['PLACE', 'Rua Halvard'],
      ['PLACE', 'Vila Nordvik'],
      ['PLACE', 'Avenida Zarvo'],
    ]);
  });

  it('keeps dos, das and do inside a name', () => {
    expect(named('Joao dos Santos drove to Sao Jose dos Campos.')).toEqual([
      ['PERSON', 'Joao dos Santos'],
      ['PLACE', 'Sao Jose dos Campos'],
    ]);
  });

  it("leaves a model's designation out of the name of its maker or country", () => {
    expect(named('Three South Korean K400 grenades and a U.S. M203 launcher were found.')).toEqual([
      ['PLACE', 'South Korean'],
      ['PLACE', 'U.S.'],
    ]);
  });

  it("reads a numbered session and an era of a state's history as no body", () => {
    expect(named('The 18th Party Congress will meet in 2012; the Fifth Republic has outlived its use.')).toEqual([]);
  });

  it("reads a body's acronym before a title alone as the body, the title as its head", () => {
    expect(named('The ZTO Director General met the NATO Secretary General.')).toEqual([
      ['ORGANIZATION', 'ZTO'],
      ['PERSON', 'Director General'],
      ['ORGANIZATION', 'NATO'],
      ['PERSON', 'Secretary General'],
    ]);
  });

  it("reads an acronym defined after a body's name as the body wherever it stands, also one that spells a common word", () => {
    expect(named('The firm Bolvar Energy (BE) was sold. BE owns all the plants, and the value of BE is in its sites.')).toEqual([
      ['ORGANIZATION', 'Bolvar Energy (BE)'],
      ['ORGANIZATION', 'BE'],
      ['ORGANIZATION', 'BE'],
    ]);
  });

  it("reads a title's abbreviation in parentheses as the same title, and a post held with it as no person", () => {
    expect(named('He hopes to succeed Halvorsen as Director General (DG) of the Zarvo Agency.')).toEqual([
      ['PERSON', 'Halvorsen'],
      ['ORGANIZATION', 'Zarvo Agency'],
    ]);
    expect(named('The Director General (DG) of the Zarvo Agency spoke.')).toEqual([
      ['PERSON', 'Director General (DG)'],
      ['ORGANIZATION', 'Zarvo Agency'],
    ]);
  });

  it('reads a city alone as no head of an "of" name, a gulf or a sea still as one', () => {
    expect(named('Before the arrival in Lima of Peruvian Minister Ana Lins, ships left the Gulf of Aden.')).toEqual([
      ['PLACE', 'Lima'],
      ['PLACE', 'Peruvian'],
      ['PERSON', 'Minister Ana Lins'],
      ['PLACE', 'Gulf of Aden'],
    ]);
  });

  it('keeps the first word of a post named by its city at the start of a sentence', () => {
    expect(named("Embassy Tel Aviv's trade office is sending details. Mission Geneva agrees.")).toEqual([
      ['ORGANIZATION', 'Embassy Tel Aviv'],
      ['ORGANIZATION', 'Mission Geneva'],
    ]);
  });

  it("reads a treaty's article and a dialogue's mechanism as documents, no bodies", () => {
    expect(named('They pressed for Zarvo Pact Article 5 planning under the Strategic Dialogue Mechanism.')).toEqual([]);
  });

  it("keeps a mission section's name with a slash and a title's abbreviation before a royal style in the title", () => {
    expect(named('Yesterday Pol/Mil Counselor Halvard and Econ/Commercial Officer Holgersen met Dr. Prince Zarvo Lins.')).toEqual([
      ['PERSON', 'Pol/Mil Counselor Halvard'],
      ['PERSON', 'Econ/Commercial Officer Holgersen'],
      ['PERSON', 'Dr. Prince Zarvo Lins'],
    ]);
    expect(named('Later P/E Chief Halvard met Zarvo MFA/IO Chief Ana Lins.')).toEqual([
      ['PERSON', 'P/E Chief Halvard'],
      ['ORGANIZATION', 'Zarvo MFA/IO'],
      ['PERSON', 'Chief Ana Lins'],
    ]);
  });

  it("reads a firm's branch named by its country as the firm, and a particle with its article inside a name", () => {
    expect(named('Zarvo do Brasil and Halvard de Mexico sold parts in Ciudad de Mexico, said Juan de la Holgersen.')).toEqual([
      ['ORGANIZATION', 'Zarvo do Brasil'],
      ['ORGANIZATION', 'Halvard de Mexico'],
      ['PLACE', 'Ciudad de Mexico'],
      ['PERSON', 'Juan de la Holgersen'],
    ]);
  });

  it("reads the end of a person's full name as that person, whatever the tagger guessed", () => {
    expect(named('Ambassador Sobel met with Antonio Halvard Nordvik. Later Halvard Nordvik said the deal was off.')).toEqual([
      ['PERSON', 'Ambassador Sobel'],
      ['PERSON', 'Antonio Halvard Nordvik'],
      ['PERSON', 'Halvard Nordvik'],
    ]);
    // A body named after the person is still the body.
    expect(named('Minister Ana Lins spoke. Ana Lins Industries replied.')).toEqual([
      ['PERSON', 'Minister Ana Lins'],
      ['ORGANIZATION', 'Ana Lins Industries'],
    ]);
  });

  it("reads a title's initials in parentheses as the title though they spell a legal form, and notes and agreements' acronyms as no names", () => {
    expect(named('The Special Assistant (SA) said so.')).toEqual([['PERSON', 'Special Assistant (SA)']]);
    expect(named('He agreed. (NOTE: the SOFA and the MoU were signed. END NOTE.)')).toEqual([]);
  });

  it("ends a body's name before a person's given name after a common word, but keeps a post and its holder together", () => {
    expect(named('Yesterday FCO Nordvik Team Leader Jonathan Holgersen told us.')).toEqual([
      ['ORGANIZATION', 'FCO Nordvik Team Leader'],
      ['PERSON', 'Jonathan Holgersen'],
    ]);
    // (One name: a post with a slash title and its holder; its type is another matter.)
    expect(named('He met Treasury U/S for Terrorism and Financial Intelligence Stuart Halvard on Monday.').map(([, text]) => text)).toEqual(['Treasury U/S for Terrorism and Financial Intelligence Stuart Halvard']);
  });

  it("reads a person's name that is also a common word as the person wherever the prose writes it capitalised", () => {
    expect(named('The report was signed by Jonathan Drew. The Ministry thanked Drew for it, and drew a map.')).toEqual([
      ['PERSON', 'Jonathan Drew'],
      ['ORGANIZATION', 'Ministry'],
      ['PERSON', 'Drew'],
    ]);
  });

  it("reads a leader's name before a government's word as the person, hills and slums named kind first as places, the Army alone as a body", () => {
    expect(named('In Cuba, the Castro government hardly noticed. Army soldiers entered Morro da Halvard, said one of the Mayoral candidates.')).toEqual([
      ['PLACE', 'Cuba'],
      ['PERSON', 'Castro'],
      ['ORGANIZATION', 'Army'],
      ['PLACE', 'Morro da Halvard'],
    ]);
  });

  it('reads a given name and a surname that is also a word as a person, a given name and a noun as a firm', () => {
    expect(named('Poloff met Richard Small of the ministry.')).toContainEqual(['PERSON', 'Richard Small']);
    expect(named('The parts came from Bayan Precision, a Malaysian firm.')).toContainEqual(['ORGANIZATION', 'Bayan Precision']);
  });
});


describe('mixed-case names, eleventh round', () => {
  it('reads a name through "in" (and "the") when the acronym after it spells the whole, and al-Qaida with its article as one body', () => {
    expect(named('The Zarvo Front in the Halvard Peninsula (ZFHP) claimed it.')).toEqual([['ORGANIZATION', 'Zarvo Front in the Halvard Peninsula (ZFHP)']]);
    expect(named('The Council for Trade and Security in Nordvik (CTSN) met.')).toEqual([['ORGANIZATION', 'Council for Trade and Security in Nordvik (CTSN)']]);
    // (Not where the acronym does not spell it: two names.)
    expect(named('The Zarvo Front in Chile (ZF) claimed it.').map(([type]) => type)).toEqual(['ORGANIZATION', 'PLACE']);
    expect(named('Donors funded al-Qaida and al-Shabaab cells.')).toEqual([
      ['ORGANIZATION', 'al-Qaida'],
      ['ORGANIZATION', 'al-Shabaab'],
    ]);
  });

  it("reads a chamber of a parliament, a newspaper named by its city and a firm named by its trade's stem as bodies", () => {
    expect(named('The bill failed in the House of Commons, the Nordvik Times said.')).toEqual([
      ['ORGANIZATION', 'House of Commons'],
      ['ORGANIZATION', 'Nordvik Times'],
    ]);
    expect(named('An op-ed in the Miami Herald praised Zarvoprom and Halvardbank.')).toEqual([
      ['ORGANIZATION', 'Miami Herald'],
      ['ORGANIZATION', 'Zarvoprom'],
      ['ORGANIZATION', 'Halvardbank'],
    ]);
  });

  it("reads a city whose name is also a person's as the place after a word of place, and everywhere in the text then", () => {
    expect(named('A robbery rocked Aden on May 4. Gunmen struck in Aden again and fled outside Aden.')).toEqual([
      ['PLACE', 'Aden'],
      ['PLACE', 'Aden'],
      ['PLACE', 'Aden'],
    ]);
    // (A person named so keeps the name: before a possessive, or named without a word of place.)
    expect(named("Hamilton said he would go. In Hamilton's view, it failed.")).toEqual([
      ['PERSON', 'Hamilton'],
      ['PERSON', 'Hamilton'],
    ]);
  });

  it("reads a currency's code by an amount as no name", () => {
    expect(named('The levy raises ISK 44 billion, about 2.5 million EUR, for Iceland.')).toEqual([['PLACE', 'Iceland']]);
  });

  it('reads Labour or Labor capitalised alone as the party', () => {
    expect(named('Holgersen and Labour trail by 18 points; Labor won in Nordvik.').filter(([, text]) => /Labou?r/.test(text))).toEqual([
      ['ORGANIZATION', 'Labour'],
      ['ORGANIZATION', 'Labor'],
    ]);
  });

  it('reads Central Asian, Balkan and other nationalities no ending leads back to their country as places', () => {
    expect(named('Kyrgyz, Uzbek and Azeri officials met Serbs, Croats and a Filipino envoy.').map(([type]) => type)).toEqual(['PLACE', 'PLACE', 'PLACE', 'PLACE', 'PLACE', 'PLACE']);
  });

  it('reads an air base and a city named with its kind as places, and the base’s name alone then too', () => {
    expect(named('Tankers fly from the Lopez Air Base near Nordvik City, and without Lopez the war effort fails.')).toEqual([
      ['PLACE', 'Lopez Air Base'],
      ['PLACE', 'Nordvik City'],
      ['PLACE', 'Lopez'],
    ]);
    // (Not a body of the city: "City Council".)
    expect(named('The Nordvik City Council met.')).toEqual([['ORGANIZATION', 'Nordvik City Council']]);
  });

  it('cuts a country off a person named after it, and a place off a title in the plural before a given name', () => {
    expect(named('He met the Nordvik Ambassador to Kyrgyzstan Ana Lins on Monday.').slice(1)).toEqual([
      ['PLACE', 'Kyrgyzstan'],
      ['PERSON', 'Ana Lins'],
    ]);
    expect(named('U.S. Senators Richard Holgersen and Tor Vale arrived.')).toEqual([
      ['PLACE', 'U.S.'],
      ['PERSON', 'Senators Richard Holgersen'],
      ['PERSON', 'Tor Vale'],
    ]);
    // (Not a given name that is also a place's.)
    expect(named('He wrote to Montserrat Vargas, Director of the fund.')).toEqual([['PERSON', 'Montserrat Vargas']]);
  });

  it("reads a union's rotating presidency as its country, an acting assistant secretary as a title, and CBRN as no name", () => {
    expect(named('The Czech Presidency and AA/S Holgersen discussed CBRN threats.')).toEqual([
      ['PLACE', 'Czech'],
      ['PERSON', 'AA/S Holgersen'],
    ]);
  });

  it('reads no body in a process, a measure or a quantity named in capitals, unless a body\u2019s word is in it', () => {
    expect(named('The Nordvik Peace Process stalled after the Zarvo Talks, and Gross Domestic Product fell.')).toEqual([]);
    expect(named('The Qualitative Zarvo Edge (QZE) was discussed.')).toEqual([]);
    expect(named('The Nordvik Talks Secretariat met.')).toEqual([['ORGANIZATION', 'Nordvik Talks Secretariat']]);
  });

  it("keeps what a title is of in the title, up to the person's given name, and spreads no compass word", () => {
    const m = extractText('Special Envoy for the Nordvik Talks Ana Lins arrived.', new Date(Date.UTC(2009, 0, 1))).mentions.find((x) => x.type === 'PERSON');
    expect(m).toMatchObject({ normalized: 'Ana Lins', title: 'Special Envoy for the Nordvik Talks' });
    expect(named('The East Zarvo Mining Company cut jobs. East of the river, work went on.')).toEqual([['ORGANIZATION', 'East Zarvo Mining Company']]);
  });

  it("reads a zone as a place, a region's people as a place, and no body in a kind of body or a creed's followers", () => {
    expect(named('The Nordvik Free Zone grew, but the Nordvik Free Zone Authority did not.')).toEqual([
      ['PLACE', 'Nordvik Free Zone'],
      ['ORGANIZATION', 'Nordvik Free Zone Authority'],
    ]);
    expect(named('Middle Eastern and Southeast Asian buyers came; an NGO and Sunni Islamists objected.')).toEqual([
      ['PLACE', 'Middle Eastern'],
      ['PLACE', 'Southeast Asian'],
    ]);
  });

  it('reads a valley, a river, a pass or a crossing as a place, unless a body or a document is named by it', () => {
    expect(named('Floods hit the Zarvo Valley; trucks crossed at Nordvik Gate.')).toEqual([
      ['PLACE', 'Zarvo Valley'],
      ['PLACE', 'Nordvik Gate'],
    ]);
    expect(named('The Zarvo Valley Authority objected.')).toEqual([['ORGANIZATION', 'Zarvo Valley Authority']]);
  });

  it('reads an airline named by its country as a body', () => {
    expect(named('The plane went to Iceland Air, not Air Norway.')).toEqual([
      ['ORGANIZATION', 'Iceland Air'],
      ['ORGANIZATION', 'Air Norway'],
    ]);
  });
});
