// A stand-in for Stripe.js: the two fraud-prevention cookies it sets on the shop's own domain.
document.cookie = "__stripe_mid=test-mid; max-age=31536000; path=/; SameSite=Strict; Secure";
document.cookie = "__stripe_sid=test-sid; max-age=1800; path=/; SameSite=Strict; Secure";
