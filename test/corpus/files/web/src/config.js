// runtime configuration for the storefront
export const config = {
  env: process.env.NODE_ENV,
  mapsApiKey: process.env.MAPS_API_KEY,
  alertsWebhook: "https://hooks.slack.com/services/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",
  sendgrid: { apiKey: "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" },
  version: "4.12.0",
  buildId: "5076f119d35871bb93cce2ee3f7565f142127a20",
  serviceToken: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyNDM2MTM5IiwibmFtZSI6IlRlc3QgVXNlciIsImlhdCI6MTcwMTU5OTAxMCwicm9sZSI6InNlcnZpY2UifQ.coEu6HZ2fK3OQyFl5y3eBbOsUoN7VSqvbVdCMfxdAAs",
  logoToken: "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=",
};

export const firebaseConfig = {
  apiKey: "AIzaZ1oLuGWedhaHSGG93iSdevHT8nlZnFj-WwB",
  authDomain: "acme-store.firebaseapp.com",
  projectId: "acme-store",
};
