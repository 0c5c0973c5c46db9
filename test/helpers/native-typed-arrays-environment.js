/**
 * Jest runs each test file in its own realm, with its own Float32Array; the
 * onnxruntime native addon hands back the main realm's typed arrays, which then
 * fail onnxruntime-common's instanceof checks. Tests that run the embedding
 * model use this environment (docblock `@jest-environment`) to share them.
 */
import { TestEnvironment } from 'jest-environment-node';

const SHARED = [
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Float32Array', 'Float64Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array',
];

export default class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}
