/** The parts of a zod issue the message needs (zod v4 shapes). */
export type ValidationIssue = {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  keys?: string[]
}

const TYPE_WORDS: Record<string, string> = {
  number: "angka",
  int: "bilangan bulat",
  string: "teks",
  boolean: "ya/tidak (true/false)",
  array: "daftar",
  object: "objek",
  date: "tanggal",
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
  let v: any = body
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined
    v = v[key as any]
  }
  return v
}

function describe(value: unknown) {
  if (value === null) return "null"
  if (Array.isArray(value)) return "daftar"
  if (typeof value === "string") return `teks "${value.length > 20 ? value.slice(0, 20) + "…" : value}"`
  return TYPE_WORDS[typeof value] ?? typeof value
}

/** zod's own (English) wording, as opposed to a message a schema sets. */
const isDefaultWording = (message: string) => /^(Invalid|Too (small|big)|Unrecognized|Expected|Required)/.test(message)

/**
 * Turns zod issues into one Indonesian message that names each field by its JSON path
 * (clients and tests can find the field), e.g.
 * `Data tidak sah: quantity — Jumlah harus berupa angka (bukan teks); kolom tidak dikenal: foo`.
 * A schema's own message is kept; zod's English defaults are replaced.
 */
export function validationMessage(issues: ValidationIssue[], body: unknown): string {
  const parts = issues.slice(0, 5).map((issue) => {
    const field = issue.path.map(String).join(".")
    if (issue.code === "unrecognized_keys") {
      const where = field ? ` di ${field}` : ""
      return `kolom tidak dikenal${where}: ${(issue.keys ?? []).join(", ")}`
    }
    if (issue.code === "invalid_type" && valueAt(body, issue.path) === undefined) {
      return `${field} wajib diisi`
    }
    if (!isDefaultWording(issue.message)) return `${field} — ${issue.message}`
    if (issue.code === "invalid_type") {
      const expected = TYPE_WORDS[issue.expected ?? ""] ?? issue.expected
      return `${field} harus berupa ${expected}, bukan ${describe(valueAt(body, issue.path))}`
    }
    return `${field} tidak sah`
  })
  return `Data tidak sah: ${parts.join("; ")}`
}
