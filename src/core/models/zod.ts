import { config } from 'zod/mini';

// zod's JIT probes `new Function`, which a strict CSP forbids. ES modules evaluate their imports first,
// so every schema module, which imports zod only through this file, sees jitless set before it builds.
config({ jitless: true });

export { array, custom, gte, int, maxLength, minLength, number, object, optional, pipe, positive, string } from 'zod/mini';
export type { ZodMiniType } from 'zod/mini';
