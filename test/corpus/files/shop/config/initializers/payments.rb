Stripe.api_key = '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'
Stripe.api_key = ENV['STRIPE_SECRET_KEY'] if Rails.env.production?
Braintree::Configuration.access_token = "access_token$production$uvrum5ttrv1y9u6p$6a2bf8dc42720ec3b7038f518ca49352"
ShopifyAPI::Context.setup(api_key: "abc", api_secret_key: "x", access_token: "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")
SQUARE_TOKEN = "EAAA3R-D6zji9HQabesX6dhHBXuayVlJYRj9nsEzbgZfpxVTwRhxXExO8kbnmKtY".freeze
STRIPE_TEST = "sk_test_freYBr"
