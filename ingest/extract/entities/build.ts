import { normalizeName } from '../../normalize.ts';
import type { EntityLabel, EntityMention, ExtractedEntity, PropertyValue } from '../../types.ts';

export function entityKey(label: EntityLabel, name: string): string {
  return `${label}:${normalizeName(name)}`;
}

/** Every occurrence of each form in the text, longest forms first, without overlaps. */
export function mentionsOf(text: string, forms: readonly string[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const taken = (s: number, e: number) => mentions.some((m) => s < m.end && m.start < e);
  for (const form of [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (!taken(at, at + form.length)) mentions.push({ start: at, end: at + form.length, surface: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Collects entities of one label by name, merging aliases and props of repeated names. */
export class EntityCollector {
  private readonly byKey = new Map<string, { label: EntityLabel; name: string; aliases: Set<string>; props: Record<string, PropertyValue>; extra: EntityMention[] }>();

  constructor(private readonly text: string) {}

  add(label: EntityLabel, name: string, aliases: string[] = [], props: Record<string, PropertyValue> = {}, mention?: EntityMention): string {
    const key = entityKey(label, name);
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { label, name, aliases: new Set(), props: {}, extra: [] }));
    for (const alias of aliases) if (normalizeName(alias) !== normalizeName(entry.name)) entry.aliases.add(alias);
    entry.props = { ...props, ...entry.props };
    if (mention) entry.extra.push(mention);
    return key;
  }

  /** An entry whose name is another entry's alias is that entry: 深圳市市场监督管理局 alone and in 深圳市市场监督管理局（深圳市知识产权局）. */
  private foldNamesThatAreAliases() {
    const owner = new Map<string, string>();
    for (const [key, e] of this.byKey) for (const a of e.aliases) owner.set(entityKey(e.label, a), key);
    for (const [key, e] of this.byKey) {
      const into = owner.get(key);
      const target = into && into !== key ? this.byKey.get(into) : undefined;
      if (!target) continue;
      for (const a of e.aliases) if (normalizeName(a) !== normalizeName(target.name)) target.aliases.add(a);
      target.props = { ...e.props, ...target.props };
      target.extra.push(...e.extra);
      this.byKey.delete(key);
    }
  }

  has(label: EntityLabel, name: string): boolean {
    return this.byKey.has(entityKey(label, name));
  }

  /** The entities with their mentions: every occurrence of the name and aliases, plus mentions given explicitly. */
  entities(): ExtractedEntity[] {
    this.foldNamesThatAreAliases();
    return [...this.byKey.entries()].map(([key, e]) => {
      const aliases = [...e.aliases];
      const mentions = mentionsOf(this.text, [e.name, ...aliases]);
      for (const m of e.extra) if (!mentions.some((x) => x.start === m.start && x.end === m.end)) mentions.push(m);
      return { key, label: e.label, name: e.name, aliases, props: e.props, mentions: mentions.sort((a, b) => a.start - b.start) };
    });
  }
}
