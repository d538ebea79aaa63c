export declare const tags: readonly string[];
export declare const languages: readonly string[];
