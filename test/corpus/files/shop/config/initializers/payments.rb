Stripe.api_key = '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'
Stripe.api_key = ENV['STRIPE_SECRET_KEY'] if Rails.env.production?
Braintree::Configuration.access_token = "access_token$production$x87ick9hqu262z4f$f8a1641b66865f0d106ac96369d25820"
ShopifyAPI::Context.setup(api_key: "abc", api_secret_key: "x", access_token: "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")
SQUARE_TOKEN = "EAAAXUbQjzr4YdkNVqzs8COWLGHG0YJr2u2xt1dSK3F5q91JtVsR3WPqyxCSc9ti".freeze
STRIPE_TEST = "sk_test_R0Ogs7"
