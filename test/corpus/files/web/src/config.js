// runtime configuration for the storefront
export const config = {
  env: process.env.NODE_ENV,
  mapsApiKey: process.env.MAPS_API_KEY,
  alertsWebhook: "https://hooks.slack.com/services/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",
  sendgrid: { apiKey: "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" },
  version: "4.12.0",
  buildId: "b06553c7bdbae497c3ab93194e3a021b4a7ad20c",
  serviceToken: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NzQ0NjAzIiwibmFtZSI6IlRlc3QgVXNlciIsImlhdCI6MTcwNDgyNDg3Mywicm9sZSI6InNlcnZpY2UifQ.JeGWAby0Q8t_HhGIr4PHZL9Fo-UZ3bVGYfdzbtUJXte",
  logoToken: "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=",
};

export const firebaseConfig = {
  apiKey: "AIza73ZxL9ZPXWOjyIlg5ckTHa4JjYZyNHyreee",
  authDomain: "acme-store.firebaseapp.com",
  projectId: "acme-store",
};
