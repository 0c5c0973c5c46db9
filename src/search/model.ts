/** The embedding model, as data only: importing this does not load the model runtime. */
export const EMBEDDING_MODEL = 'Xenova/bge-small-zh-v1.5';
export const EMBEDDING_DIMS = 512;
/** BGE's instruction for short queries against passages; passages get none. */
export const QUERY_PREFIX = '为这个句子生成表示以用于检索相关文章：';
