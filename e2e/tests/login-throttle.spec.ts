import { expect, request, test } from "@playwright/test"
import { field, uniqueEmail } from "./helpers"

// The backend throttles failed logins (5 per account in 15 minutes by default);
// the storefront's login form forwards the shopper's address and shows the wait.
test("after five wrong passwords the login form says, in Indonesian, how long to wait", async ({ page, baseURL }) => {
  const email = uniqueEmail("tebak")
  const password = "rahasia-sleman-9"
  const signup = await request.newContext({ baseURL, maxRedirects: 0 })
  expect((await signup.post("/api/akun/daftar", { form: { first_name: "Tebak", email, password } })).headers()["location"]).toBe(
    "/akun?info=terdaftar"
  )
  await signup.dispose()

  async function login(withPassword: string) {
    await page.goto("/akun/masuk")
    await field(page, "Email").fill(email)
    await page.getByLabel("Kata sandi").fill(withPassword)
    await page.getByRole("button", { name: "Masuk", exact: true }).click()
    await expect(page).toHaveURL(/\/akun\/masuk\?.*error=/)
  }

  for (let i = 0; i < 5; i++) {
    await login(`salah-${i}`)
    await expect(page.getByRole("alert")).toHaveText("Email atau kata sandi salah")
  }
  await login("salah-lagi")
  await expect(page.getByRole("alert")).toHaveText(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam 1[45] menit\.$/)
  // Even the right password waits until the window has passed.
  await login(password)
  await expect(page.getByRole("alert")).toContainText("Terlalu banyak percobaan masuk yang gagal")
})
