import { defineConfig } from 'vite';

// Storybook gets a plain config: the library build settings in the root vite.config.ts would break it.
export default defineConfig({});
