// One ESLint (flat) config for every workspace: `npm run lint` (turbo runs each
// workspace's `eslint .`, which finds this file). Recommended rules of ESLint,
// typescript-eslint and eslint-plugin-astro; the few turned off below say why.
import js from "@eslint/js"
import astro from "eslint-plugin-astro"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/dist/**",
      "**/.astro/**",
      "**/.turbo/**",
      ".data/**",
      "bench/results/**",
      "backend/static/**",
      "backend/assets/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // Medusa's own types are loose in places (query.graph results, js-sdk errors,
      // test fixtures); `any` there is deliberate and reviewed, not a lint matter.
      "@typescript-eslint/no-explicit-any": "off",
      // `_`-prefixed parameters are required by a signature but unused on purpose.
      // Rest siblings: `const { a, ...rest } = x` is how a key is left out.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // `try { process.kill(pid, 0) } catch {}`: the failure is the answer, nothing to do.
      "no-empty": ["error", { allowEmptyCatch: true }],
      // The control characters matched (ANSI colour codes in logs, C0 characters in
      // cookie values) are exactly what those regular expressions are for.
      "no-control-regex": "off",
      // CommonJS require() is how Medusa's test runner setup and ts-node hooks load.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // Browser code: the storefront's public scripts and client-side islands.
    files: ["storefront/public/**/*.js", "storefront/src/**/*.client.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Vitest/Medusa integration tests use describe/it/expect as globals.
    files: ["**/integration-tests/**/*.{ts,js}", "**/__tests__/**/*.ts"],
    languageOptions: { globals: { ...globals.vitest } },
  },
)
