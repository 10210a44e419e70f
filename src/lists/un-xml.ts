// Reads the UN Security Council consolidated list (consolidated.xml) into list entries.
import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DemarcheError } from '../errors.js';
import type { BirthDate, ListAddress, ListEntry, ListName, LoadedList } from './types.js';

type Node = Record<string, unknown>;

const REPEATED = new Set([
  'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH', 'VALUE', 'NATIONALITY', 'INDIVIDUAL_DOCUMENT',
]);

export async function readUnList(file: string): Promise<LoadedList> {
  const bytes = await readFile(file);
  const list = parseUnXml(bytes.toString('utf8'), file);
  list.files = [{ role: 'consolidated', path: file, bytes: bytes.byteLength }];
  return list;
}

export function parseUnXml(xml: string, file: string): LoadedList {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new DemarcheError('BAD_INPUT', `${file}:${line}: not well-formed XML: ${msg}`, { details: { file, line } });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => REPEATED.has(name),
  });
  let parsed: Node;
  try {
    parsed = parser.parse(xml) as Node;
  } catch (e) {
    // The validator passes some malformed documents that the parser then refuses (an unclosed
    // processing instruction): still bad input, never an internal error.
    throw new DemarcheError('BAD_INPUT', `${file}: not well-formed XML: ${(e as Error).message}`, { details: { file }, cause: e });
  }
  const root = parsed.CONSOLIDATED_LIST as Node | undefined;
  if (root === undefined || typeof root !== 'object') {
    throw new DemarcheError('BAD_INPUT', `${file}: no CONSOLIDATED_LIST element; is this the UN consolidated list XML?`, {
      details: { file },
    });
  }
  const generated = str(root['@dateGenerated']);
  const people = arr((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL);
  const bodies = arr((root.ENTITIES as Node | undefined)?.ENTITY);
  const entries = [
    ...people.map((n, i) => toEntry(n, 'person', file, `INDIVIDUAL #${i + 1}`)),
    ...bodies.map((n, i) => toEntry(n, 'organization', file, `ENTITY #${i + 1}`)),
  ];
  return { id: 'un-sc', date: generated ? generated.slice(0, 10) : null, entries, files: [], warnings: [] };
}

function toEntry(node: Node, type: 'person' | 'organization', file: string, where: string): ListEntry {
  const id = str(node.DATAID);
  if (!id) throw new DemarcheError('BAD_INPUT', `${file}: ${where}: field DATAID is missing`, { details: { file, field: 'DATAID' } });
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => str(node[k])).filter(Boolean);
  if (parts.length === 0) {
    throw new DemarcheError('BAD_INPUT', `${file}: ${where} (DATAID ${id}): field FIRST_NAME is missing`, {
      details: { file, field: 'FIRST_NAME' },
    });
  }
  const names: ListName[] = [];
  // Entities sometimes list two names in one field, separated by ";".
  for (const n of type === 'person' ? [parts.join(' ')] : splitNames(parts.join(' '))) names.push({ name: n, strength: 'primary' });
  const original = str(node.NAME_ORIGINAL_SCRIPT);
  if (original) names.push({ name: original, strength: 'strong', kind: 'original script' });
  for (const alias of arr(node[type === 'person' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS'])) {
    const quality = str(alias.QUALITY) ?? '';
    for (const n of splitNames(str(alias.ALIAS_NAME) ?? '')) {
      names.push({ name: n, strength: quality.toLowerCase() === 'low' ? 'weak' : 'strong', kind: quality || 'alias' });
    }
  }
  const addresses = arr(node[type === 'person' ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS']).map(toAddress);
  const nationalities = arr(node.NATIONALITY).flatMap((n) => arr(n.VALUE).map((v) => str(v)));
  const countries = [...new Set([...nationalities, ...addresses.map((a) => a.country)].filter((c): c is string => !!c))];
  const entry: ListEntry = {
    list: 'un-sc',
    id,
    type,
    names,
    programs: [str(node.UN_LIST_TYPE)].filter((p): p is string => !!p),
    addresses: addresses.filter((a) => Object.keys(a).length > 0),
    countries,
    birthDates: arr(node.INDIVIDUAL_DATE_OF_BIRTH).map(toBirthDate).filter((b): b is BirthDate => b !== null),
  };
  const remarks = str(node.COMMENTS1);
  if (remarks) entry.remarks = remarks;
  const reference = str(node.REFERENCE_NUMBER);
  if (reference) entry.reference = reference;
  const listedOn = str(node.LISTED_ON);
  if (listedOn) entry.listedOn = listedOn;
  return entry;
}

function splitNames(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function toAddress(node: Node): ListAddress {
  const street = [str(node.STREET), str(node.STATE_PROVINCE), str(node.ZIP_CODE)].filter(Boolean).join(', ');
  const address: ListAddress = {};
  if (street) address.address = street;
  const city = str(node.CITY);
  if (city) address.city = city;
  const country = str(node.COUNTRY);
  if (country) address.country = country;
  const note = str(node.NOTE);
  if (note) address.note = note;
  return address;
}

function toBirthDate(node: Node): BirthDate | null {
  const date = str(node.DATE);
  const year = str(node.YEAR);
  const from = str(node.FROM_YEAR);
  const to = str(node.TO_YEAR);
  const approx = str(node.TYPE_OF_DATE) === 'APPROXIMATELY';
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) {
    const y = Number(date.slice(0, 4));
    return { text: date.slice(0, 10), from: approx ? y - 1 : y, to: approx ? y + 1 : y, date: date.slice(0, 10) };
  }
  if (year && /^\d{4}$/.test(year)) {
    const y = Number(year);
    return { text: approx ? `circa ${year}` : year, from: approx ? y - 1 : y, to: approx ? y + 1 : y };
  }
  if (from && to && /^\d{4}$/.test(from) && /^\d{4}$/.test(to)) {
    return { text: `${from} to ${to}`, from: Number(from), to: Number(to) };
  }
  return null;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function arr(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' || typeof v === 'string') as Node[];
}
