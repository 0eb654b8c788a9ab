/**
 * The backend's signing secrets. Development (and tests) work with no
 * configuration: the committed values below are used when nothing is set. In
 * production they would let anyone who has read this repository sign an admin
 * token, so there the backend refuses to start without real secrets.
 */
export const DEV_SECRETS = {
  JWT_SECRET: "pasar-sleman-dev-jwt-secret",
  COOKIE_SECRET: "pasar-sleman-dev-cookie-secret",
} as const

export type SecretName = keyof typeof DEV_SECRETS

/** Shortest secret accepted in production (`openssl rand -hex 32` gives 64 characters). */
export const MIN_SECRET_LENGTH = 32

const WELL_KNOWN = new Set<string>([...Object.values(DEV_SECRETS), "supersecret", "secret", "changeme"])

type Env = Record<string, string | undefined>

/** Why a production secret is refused, or null when it is fine. */
export function secretProblem(name: SecretName, value: string | undefined): string | null {
  if (!value || !value.trim()) return `${name} is not set`
  if (WELL_KNOWN.has(value.trim())) return `${name} is a committed development value`
  if (value.trim().length < MIN_SECRET_LENGTH) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters`
  return null
}

/**
 * Returns JWT_SECRET and COOKIE_SECRET for medusa-config.ts. With
 * NODE_ENV=production (what `medusa start` assumes when NODE_ENV is unset) a
 * missing, short or development secret throws one message naming every problem;
 * Medusa prints it as "Error in loading config: …" and exits with code 1.
 * `medusa build` only bundles code and never signs anything, so it is not checked.
 */
export function httpSecrets(env: Env = process.env, argv: string[] = process.argv) {
  const production = env.NODE_ENV === "production" && !isBuildCommand(argv)
  if (production) {
    const problems = (Object.keys(DEV_SECRETS) as SecretName[])
      .map((name) => secretProblem(name, env[name]))
      .filter((p): p is string => p !== null)
    if (problems.length) {
      throw new Error(
        `Refusing to start in production: ${problems.join("; ")}. ` +
          `Set JWT_SECRET and COOKIE_SECRET to two different random values of at least ${MIN_SECRET_LENGTH} characters ` +
          `(e.g. \`openssl rand -hex 32\`). The development defaults are public in the repository.`
      )
    }
  }
  return {
    jwtSecret: env.JWT_SECRET || DEV_SECRETS.JWT_SECRET,
    cookieSecret: env.COOKIE_SECRET || DEV_SECRETS.COOKIE_SECRET,
  }
}

function isBuildCommand(argv: string[]): boolean {
  const command = argv.slice(2).find((a) => !a.startsWith("-"))
  return command === "build"
}
