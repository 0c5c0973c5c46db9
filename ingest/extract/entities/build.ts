import type { EntityLabel } from '../../../core/ontology.ts';
import type { PropertyValue } from '../../../core/records.ts';
import { normalizeName } from '../../../core/names.ts';
import { INSTITUTION_HEADS } from '../lexicon/heads.ts';
import { regionEntry } from '../lexicon/regions.ts';
import type { EntityMention, RecognizedEntity } from '../../types.ts';

const FOLDED_LABELS = new Set<EntityLabel>(['Institution', 'Platform', 'Policy']);
const MIN_SHORT_FORM = 4;
const COUNTRY_BEFORE_NATIONAL_BODY = /^(?:中华人民共和国|中国)(国家.{2,})$/;

/**
 * What can lead a full name before its short form: a place, a national scope, or a body (北京大学…).
 * Not another country: 某国国家某某局 is that country's office, and 国家某某局 stays China's.
 */
function isScopePrefix(prefix: string): boolean {
  const place = regionEntry(prefix);
  if (place?.level === 'country' && place.canonical !== '中国') return false;
  return /^(?:国家|全国|中国)$/.test(prefix) || !!place || INSTITUTION_HEADS.some((h) => prefix.length > h.length && prefix.endsWith(h));
}

export function entityKey(label: EntityLabel, name: string): string {
  return `${label}:${normalizeName(name)}`;
}

/** Where each character occurs in a text; built once per document text, since every entity's forms are looked up in it. */
class CharacterIndex {
  private readonly positions = new Map<number, number[]>();

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const list = this.positions.get(c);
      if (list) list.push(i);
      else this.positions.set(c, [i]);
    }
  }

  /** Starts of every occurrence of `form`, found from the positions of its rarest character. */
  occurrences(form: string): number[] {
    let pivot = 0;
    let fewest: number[] = [];
    for (let k = 0; k < form.length; k++) {
      const list = this.positions.get(form.charCodeAt(k)) ?? [];
      if (k === 0 || list.length < fewest.length) [pivot, fewest] = [k, list];
      if (!list.length) return [];
    }
    const out: number[] = [];
    for (const p of fewest) {
      const at = p - pivot;
      if (at >= 0 && (!out.length || at > out[out.length - 1]) && this.text.startsWith(form, at)) out.push(at);
    }
    return out;
  }
}

let lastIndex: CharacterIndex | null = null;
const indexOf = (text: string) => (lastIndex?.text === text ? lastIndex : (lastIndex = new CharacterIndex(text)));
/** Characters already claimed by a longer form of the same entity; cleared after each call. */
let claimed = new Uint8Array(0);

/** Every occurrence of each form in the text, longest forms first, without overlaps. */
export function mentionsOf(text: string, forms: readonly string[]): EntityMention[] {
  if (claimed.length < text.length) claimed = new Uint8Array(text.length);
  const mentions: EntityMention[] = [];
  const taken = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (claimed[i]) return true;
    return false;
  };
  for (const form of [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (const at of indexOf(text).occurrences(form)) {
      if (taken(at, at + form.length)) continue;
      mentions.push({ start: at, end: at + form.length, surface: form });
      claimed.fill(1, at, at + form.length);
    }
  }
  for (const m of mentions) claimed.fill(0, m.start, m.end);
  return mentions.sort((a, b) => a.start - b.start);
}

interface Entry {
  label: EntityLabel;
  name: string;
  aliases: Set<string>;
  props: Record<string, PropertyValue>;
  extra: EntityMention[];
}

/** Collects entities of one label by name, merging aliases and props of repeated names. */
export class EntityCollector {
  private readonly byKey = new Map<string, Entry>();

  /**
   * `findNames`: whether every occurrence of a name and its aliases is a mention;
   * off for entities whose names are made up rather than read (an outcome's
   * indicator with its figure), which only have the mentions given.
   */
  constructor(
    private readonly text: string,
    private readonly findNames = true,
  ) {}

  add(label: EntityLabel, name: string, aliases: string[] = [], props: Record<string, PropertyValue> = {}, mention?: EntityMention): string {
    const key = entityKey(label, name);
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { label, name, aliases: new Set(), props: {}, extra: [] }));
    for (const alias of aliases) if (normalizeName(alias) !== normalizeName(entry.name)) entry.aliases.add(alias);
    entry.props = { ...props, ...entry.props };
    if (mention) entry.extra.push(mention);
    return key;
  }

  /** An entry whose name is another entry's alias is that entry: 杭州市市场监督管理局 alone and in 杭州市市场监督管理局（杭州市知识产权局）. */
  private foldNamesThatAreAliases() {
    const owner = new Map<string, string>();
    for (const [key, e] of this.byKey) for (const a of e.aliases) owner.set(entityKey(e.label, a), key);
    for (const [key, e] of this.byKey) {
      const into = owner.get(key);
      const target = into && into !== key ? this.byKey.get(into) : undefined;
      if (target) this.absorb(key, e, target);
    }
  }

  /** `e` (under `key`) is `target` under another form: its aliases, props and mentions join the target's. */
  private absorb(key: string, e: Entry, target: Entry, keepName = false) {
    if (keepName) target.aliases.add(e.name);
    for (const a of e.aliases) if (normalizeName(a) !== normalizeName(target.name)) target.aliases.add(a);
    target.props = { ...e.props, ...target.props };
    target.extra.push(...e.extra);
    this.byKey.delete(key);
  }

  /** 中国国家某某局 and 中华人民共和国国家某某局 are 国家某某局: the country before a national body is a variant, not another body. */
  private foldCountryPrefixes() {
    for (const [key, e] of [...this.byKey]) {
      const national = COUNTRY_BEFORE_NATIONAL_BODY.exec(e.name)?.[1];
      const target = national && this.byKey.get(entityKey(e.label, national));
      if (target && FOLDED_LABELS.has(e.label)) this.absorb(key, e, target, true);
    }
  }

  /**
   * A name that is another's without its leading place, 国家 or body is that
   * entity's short form in this document: 数据知识产权保护试点 after
   * 国家数据知识产权保护试点, 光华法学院 after 浙江大学光华法学院.
   */
  private foldShortForms() {
    const entries = [...this.byKey.entries()].filter(([, e]) => FOLDED_LABELS.has(e.label)).map(([key, e]) => ({ key, e, norm: normalizeName(e.name) }));
    for (const { key, e, norm: short } of entries) {
      if (e.name.length < MIN_SHORT_FORM) continue;
      const owners = entries.filter(({ key: k, e: o, norm: full }) => {
        if (k === key || o.label !== e.label || !this.byKey.has(k)) return false;
        return full.length > short.length && full.endsWith(short) && isScopePrefix(full.slice(0, full.length - short.length));
      });
      if (owners.length === 1) this.absorb(key, e, owners[0].e, true);
    }
  }

  has(label: EntityLabel, name: string): boolean {
    return this.byKey.has(entityKey(label, name));
  }

  /** The entities with their mentions: every occurrence of the name and aliases, plus mentions given explicitly. */
  entities(): RecognizedEntity[] {
    this.foldNamesThatAreAliases();
    this.foldCountryPrefixes();
    this.foldShortForms();
    return [...this.byKey.entries()].map(([key, e]) => {
      const aliases = [...e.aliases];
      const mentions = this.findNames ? mentionsOf(this.text, [e.name, ...aliases]) : [];
      for (const m of e.extra) if (!mentions.some((x) => x.start === m.start && x.end === m.end)) mentions.push(m);
      return { key, label: e.label, name: e.name, aliases, props: e.props, mentions: mentions.sort((a, b) => a.start - b.start) };
    });
  }
}
