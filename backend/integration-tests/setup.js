// The test runner loads medusa-config.ts and the app's TypeScript with require():
// ts-node (transpile only) makes that work under vitest.
require("ts-node").register({ transpileOnly: true })
// "localhost" literally: any other host makes the Medusa test runner ask for SSL.
process.env.DB_HOST = "localhost"
