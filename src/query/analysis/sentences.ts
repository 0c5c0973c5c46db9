import { documentsOf, type EntityNode, type GraphStore } from '../../../core/store.ts';
import type { Evidence } from '../views.ts';

/** Shorter pieces of a joined sentence are too common to point at one place. */
const MIN_PIECE = 6;

/**
 * Finds where a sentence an entity carries (its `text`, a line of its
 * lifecycle evidence) stands in one of its documents, so an answer can point
 * at it like a relation's evidence. One locator per answer: it reads each
 * document's text once.
 */
export class SentenceLocator {
  private readonly texts = new Map<string, Promise<string | null>>();
  private readonly docs = new Map<string, Promise<string[]>>();

  constructor(private readonly store: GraphStore) {}

  private text(doc: string): Promise<string | null> {
    let text = this.texts.get(doc);
    if (!text) {
      text = this.store.getDocument(doc).then((d) => d?.text ?? null);
      this.texts.set(doc, text);
    }
    return text;
  }

  /**
   * The first of the entity's documents (in id order) that holds the sentence,
   * and where. A sentence joined from several lines (a boxed project's heading
   * and body) is found by its first line that the document holds as written.
   */
  async locate(entity: Pick<EntityNode, 'id' | 'docs' | 'docCount'>, sentence: string | null | undefined): Promise<Evidence | null> {
    const wanted = sentence?.trim();
    if (!wanted) return null;
    let listed = this.docs.get(entity.id);
    if (!listed) this.docs.set(entity.id, (listed = documentsOf(this.store, entity)));
    const docs = await listed;
    for (const piece of [wanted, ...wanted.split(/\s+/).filter((p) => p.length >= MIN_PIECE)]) {
      for (const doc of docs) {
        const at = (await this.text(doc))?.indexOf(piece) ?? -1;
        if (at >= 0) return { sentence: piece, doc, start: at, end: at + piece.length };
      }
    }
    return null;
  }

  /** The entity's own sentence (`text`), located. */
  own(entity: EntityNode): Promise<Evidence | null> {
    return this.locate(entity, typeof entity.props.text === 'string' ? entity.props.text : null);
  }
}
